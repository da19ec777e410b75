#include "domain/words.hpp"

#include <array>
#include <string>

#include "domain/text.hpp"

namespace ipt::domain {

namespace {

// Phrases, matched inside the folded text at word starts. Kept short and plain on purpose: a
// missed phrase shows no message, so help stays one command away (ipt help-now) whatever is
// written; a phrase found shows resources, never a judgement.
constexpr std::array<std::string_view, 52> kSelfHarm{"kill myself",
                                                     "killing myself",
                                                     "end it all",
                                                     "about ending it",
                                                     "end my life",
                                                     "ending my life",
                                                     "take my life",
                                                     "taking my life",
                                                     "take my own life",
                                                     "suicide",
                                                     "suicidal",
                                                     "want to die",
                                                     "wanna die",
                                                     "better off dead",
                                                     "rather be dead",
                                                     "better off without me",
                                                     "no reason to live",
                                                     "don't see the point anymore",
                                                     "dont see the point anymore",
                                                     "no point going on",
                                                     "no point in going on",
                                                     "can't go on like this",
                                                     "cant go on like this",
                                                     "can't go on anymore",
                                                     "cant go on anymore",
                                                     "sleep and not wake up",
                                                     "sleep and never wake up",
                                                     "nobody would miss me",
                                                     "no one would miss me",
                                                     "miss me if i was gone",
                                                     "hurt myself",
                                                     "hurting myself",
                                                     "harm myself",
                                                     "self-harm",
                                                     "self harm",
                                                     "cut myself",
                                                     "cutting myself",
                                                     "not be here anymore",
                                                     "don't want to live",
                                                     "dont want to live",
                                                     "don't want to be here anymore",
                                                     "wish i was dead",
                                                     "wish i were dead",
                                                     "overdose",
                                                     "all my pills",
                                                     "take all the pills",
                                                     "off the bridge",
                                                     "off a bridge",
                                                     "goodbye letter",
                                                     "ending it all",
                                                     "overdosed",
                                                     "self-harming"};

constexpr std::array<std::string_view, 43> kViolence{"hit me",
                                                     "hits me",
                                                     "hitting me",
                                                     "punched",
                                                     "slapped",
                                                     "pushed me",
                                                     "shoved",
                                                     "choked",
                                                     "strangled",
                                                     "kicked me",
                                                     "beat me",
                                                     "beats me",
                                                     "threatened",
                                                     "threatens",
                                                     "threat",
                                                     "hurt me",
                                                     "hurts me",
                                                     "afraid of him",
                                                     "afraid of her",
                                                     "afraid of them",
                                                     "scared of him",
                                                     "scared of her",
                                                     "scared of them",
                                                     "into the wall",
                                                     "against the wall",
                                                     "weapon",
                                                     "knife",
                                                     "grabbed me",
                                                     "grabbed my arm",
                                                     "grabbed my wrist",
                                                     "kill me",
                                                     "gun",
                                                     "hurt the kids",
                                                     "afraid to go home",
                                                     "scared to go home",
                                                     "won't let me see",
                                                     "wont let me see",
                                                     "took my phone",
                                                     "took my bank card",
                                                     "locked me in",
                                                     "raped",
                                                     "strangle",
                                                     "threatening me"};

bool letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/// `at` begins a word and `at + n` ends one: "gun" is not in "Gunnar".
bool whole_words(const std::string& s, std::size_t at, std::size_t n) {
  const bool starts = at == 0 || !letter(static_cast<unsigned char>(s[at - 1]));
  const bool ends = at + n >= s.size() || !letter(static_cast<unsigned char>(s[at + n]));
  return starts && ends;
}

/// The folded text with typographic apostrophes made plain ("don’t" is "don't").
std::string folded_plain(std::string_view text) {
  auto folded = fold_case(text);
  for (auto at = folded.find("\xE2\x80\x99"); at != std::string::npos;
       at = folded.find("\xE2\x80\x99", at))
    folded.replace(at, 3, "'");
  return folded;
}

template <std::size_t N>
bool mentions_any(std::string_view text, const std::array<std::string_view, N>& phrases) {
  const auto folded = folded_plain(text);
  for (auto p : phrases) {
    for (auto at = folded.find(p); at != std::string::npos; at = folded.find(p, at + 1)) {
      if (whole_words(folded, at, p.size()))
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
