#include "domain/words.hpp"

#include <array>
#include <string>

#include "domain/text.hpp"

namespace ipt::domain {

namespace {

// Phrases, matched inside the folded text at word starts. Kept short and plain on purpose: a
// missed phrase shows no message, so help stays one command away (ipt help-now) whatever is
// written; a phrase found shows resources, never a judgement.
constexpr std::array<std::string_view, 24> kSelfHarm{"kill myself",
                                                     "killing myself",
                                                     "end it all",
                                                     "ending it",
                                                     "end my life",
                                                     "ending my life",
                                                     "take my life",
                                                     "taking my life",
                                                     "suicide",
                                                     "suicidal",
                                                     "want to die",
                                                     "wanna die",
                                                     "better off dead",
                                                     "better off without me",
                                                     "no reason to live",
                                                     "don't see the point anymore",
                                                     "dont see the point anymore",
                                                     "hurt myself",
                                                     "hurting myself",
                                                     "harm myself",
                                                     "self-harm",
                                                     "self harm",
                                                     "cut myself",
                                                     "not be here anymore"};

constexpr std::array<std::string_view, 26> kViolence{
    "hit me",        "hits me",       "hitting me",     "punched",       "slapped",
    "pushed me",     "shoved",        "choked",         "strangled",     "kicked me",
    "beat me",       "beats me",      "threatened",     "threatens",     "threat",
    "hurt me",       "hurts me",      "afraid of him",  "afraid of her", "afraid of them",
    "scared of him", "scared of her", "scared of them", "into the wall", "weapon",
    "knife"};

bool word_start(const std::string& s, std::size_t at) {
  if (at == 0)
    return true;
  const auto c = static_cast<unsigned char>(s[at - 1]);
  return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80);
}

template <std::size_t N>
bool mentions_any(std::string_view text, const std::array<std::string_view, N>& phrases) {
  const auto folded = fold_case(text);
  for (auto p : phrases) {
    for (auto at = folded.find(p); at != std::string::npos; at = folded.find(p, at + 1)) {
      if (word_start(folded, at))
        return true;
    }
  }
  return false;
}

}  // namespace

bool speaks_of_self_harm(std::string_view text) {
  return mentions_any(text, kSelfHarm);
}

bool speaks_of_violence(std::string_view text) {
  return mentions_any(text, kViolence);
}

}  // namespace ipt::domain
