#pragma once
// Short local lists of words that change what ipt says: words of self-harm or suicide, and of
// violence or threat in a relationship. Matched on this device only, on the text's folded form,
// never stored as a flag and never shown in a report (the safety rules of the IPT domain notes).
#include <string_view>

namespace ipt::domain {

/// True when `text` speaks of ending one's life or of harming oneself.
bool speaks_of_self_harm(std::string_view text);

/// True when `text` speaks of violence or threat (hitting, pushing, threats, fear of someone).
bool speaks_of_violence(std::string_view text);

}  // namespace ipt::domain
