// A prompt file (library::parse_prompt_file, TOML via toml++) and placeholder filling: a file a
// person writes for ~/.local/share/ipt/prompts. Problems are reported, never thrown; every
// prompt read fills from values for exactly the placeholders its text uses, and not without one.
#include <map>
#include <string>

#include "domain/prompt.hpp"
#include "fuzz.hpp"
#include "library/prompt_library.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ipt::library::Library lib;
  ipt::library::parse_prompt_file(ipt::fuzz::as_text(data, size), "fuzz.toml", lib);
  for (const auto& problem : lib.problems)
    IPT_FUZZ_CHECK(!problem.str().empty());
  for (const auto& p : lib.prompts) {
    for (const std::string* text : {&p.text, &p.followup}) {
      std::map<std::string, std::string> values;
      for (const auto& name : ipt::domain::placeholders_in(*text))
        values[name] = "{" + name + "}";  // filled in once, not again
      const auto filled = ipt::domain::fill_placeholders(*text, values);
      IPT_FUZZ_CHECK(filled && *filled == *text);
      if (!values.empty()) {
        values.erase(values.begin());
        IPT_FUZZ_CHECK(!ipt::domain::fill_placeholders(*text, values));
      }
    }
    // What the chooser asks of a prompt must hold for whatever a file gave it.
    ipt::domain::PromptContext ctx;
    (void)ipt::domain::eligible(p, ctx);
    (void)p.trigger();
  }
  return 0;
}
