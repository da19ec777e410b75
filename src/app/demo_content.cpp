#include "app/demo_content.hpp"

#include <array>

namespace ipt::app::demo {

namespace {

using domain::Circle;
using domain::Contact;
using K = domain::EventKind;

constexpr PersonRow kPeople[] = {
    {"Sam", Circle::inner, Contact::daily, "partner",
     "We laugh at the same things; Sam makes me tea without being asked.",
     "Since my new job we argue about the housework, or we don't talk about it at all.",
     "That we share the housework now that I work longer hours.",
     "That I keep doing at home what I did before the new job.",
     "To talk about it calmly and agree on a plan we both keep.", 0},
    {"Mum", Circle::inner, Contact::weekly, "mother", "She listens, and she is proud of me.",
     "She worries out loud, and then I worry too.", "That she trusts me to sort things out.",
     "That I ring every week.", "To tell her the good things too, not only the problems.", 0},
    {"Priya", Circle::inner, Contact::weekly, "best friend",
     "I can tell her anything, and she tells me straight.",
     "We see each other less since she moved across town.", "", "",
     "To keep our weekly lunches going.", 0},
    {"Jordan", Circle::middle, Contact::daily, "colleague at the new job",
     "Patient when showing me how things work.", "I don't know yet what Jordan thinks of my work.",
     "", "That I learn the booking system quickly.", "To ask for feedback instead of guessing.", 2},
    {"Aunt May", Circle::middle, Contact::monthly, "aunt", "Warm and funny; always asks about me.",
     "Long phone calls when I'm tired.", "", "", "", 2},
    {"Leo", Circle::middle, Contact::weekly, "friend from the running club",
     "Our runs together clear my head.", "I've skipped runs lately and feel awkward about it.", "",
     "", "To get back to running every week.", 2},
    {"Mrs Ellis", Circle::outer, Contact::weekly, "neighbour", "A friendly word over the fence.",
     "", "", "", "", 2},
    {"Tom", Circle::outer, Contact::rarely, "team lead at my old job",
     "He knew my work well; I miss being good at what I did.", "We lost touch when I left.", "", "",
     "To tell him how the new job is going.", 2},
};

constexpr AreaRow kAreas[] = {
    {domain::AreaKind::dispute, "Sam and the housework since my new job", "Sam", 14},
    {domain::AreaKind::transition, "Starting the new job at the council office", "", 14},
};

constexpr EventRow kFirstWeeks[] = {
    {1, 19, K::conflict, -2, "Argued with Sam about the washing-up again; I went quiet", "Sam",
     "frustrated,lonely"},
    {3, 18, K::support, 2, "Mum rang and listened without giving advice", "Mum", "relieved"},
    {4, 20, K::avoidance, -1, "Left Sam's dishes in the sink and said nothing", "Sam", "resentful"},
    {5, 11, K::change, -1, "First shift alone on the front desk at the new job; out of my depth",
     "Jordan", "anxious", AreaOf::job},
    {6, 9, K::closeness, 2, "A run with Leo, the first in a month", "Leo", "proud"},
    {8, 20, K::conflict, -2, "Sam said I care more about work than home; I didn't answer", "Sam",
     "sad,frustrated"},
    {10, 13, K::support, 2, "Lunch with Priya; she said the first months in a job are hard",
     "Priya", "understood"},
    {11, 19, K::talk, 1, "Told Aunt May about the new job on the phone", "Aunt May", "warm"},
    {13, 20, K::avoidance, -1, "Meant to bring up the chores with Sam, and didn't", "Sam", "stuck"},
    {14, 15, K::support, 1, "Jordan showed me a quicker way to do the bookings", "Jordan",
     "grateful", AreaOf::job},
    {16, 21, K::conflict, -2,
     "Another row with Sam about the shopping; we went to bed not speaking", "Sam", "angry,lonely"},
    {17, 17, K::talk, 1, "Chatted with Mrs Ellis over the fence about her tomatoes", "Mrs Ellis",
     "calm", AreaOf::none},
    {19, 18, K::support, 1, "Long call with Mum; told her things are tense at home", "Mum",
     "lighter"},
    {20, 20, K::closeness, 1, "Watched a film with Sam; nice, though the chores hung over it",
     "Sam", "wistful"},
};

constexpr EventRow kMiddle0[] = {
    {1, 20, K::avoidance, -1, "Did Sam's share of the laundry again without saying anything", "Sam",
     "resentful,tired"},
    {3, 13, K::support, 2, "Lunch with Priya near her new flat", "Priya", "understood"},
    {4, 11, K::change, 1, "Ran the morning shift on my own, and it went fine", "Jordan", "proud",
     AreaOf::job},
    {6, 18, K::support, 1, "Weekly call with Mum", "Mum", "warm"},
};
constexpr EventRow kMiddle1[] = {
    {0, 19, K::conflict, -2, "Sam and I snapped at each other over the bins", "Sam", "frustrated"},
    {2, 16, K::talk, 2, "Asked Jordan how I'm doing; kinder feedback than I feared", "Jordan",
     "relieved", AreaOf::job},
    {5, 9, K::closeness, 2, "A run with Leo, and coffee after", "Leo", "energised"},
    {6, 19, K::talk, 1, "Told Sam calmly that I'm worn out after work; Sam listened", "Sam",
     "hopeful"},
};
constexpr EventRow kMiddle2[] = {
    {1, 18, K::talk, 1, "Aunt May sent a card; rang her to say thank you", "Aunt May", "touched",
     AreaOf::none},
    {2, 20, K::avoidance, -1, "Didn't ask about the rota at work in case I seemed slow", "Jordan",
     "anxious", AreaOf::job},
    {4, 20, K::closeness, 2, "Cooked dinner with Sam, like we used to", "Sam", "close"},
    {5, 13, K::support, 2, "Priya came over for tea", "Priya", "cheerful"},
};
constexpr EventRow kMiddle3[] = {
    {1, 12, K::other, 1, "Sent Tom from my old job a message; he wrote back straight away", "Tom",
     "glad", AreaOf::job},
    {3, 20, K::conflict, -1, "Sam left the kitchen in a mess; I tidied it, and sulked", "Sam",
     "resentful"},
    {4, 17, K::talk, 1, "Helped Mrs Ellis carry her shopping in", "Mrs Ellis", "useful",
     AreaOf::none},
    {6, 18, K::support, 1, "Call with Mum; she asked good questions about work", "Mum", "warm"},
};
constexpr std::array<std::span<const EventRow>, 4> kMiddle{kMiddle0, kMiddle1, kMiddle2, kMiddle3};

constexpr EventRow kLastWeek[] = {
    {0, 20, K::avoidance, -1, "Left the dishes for Sam again and felt the old knot in my stomach",
     "Sam", "resentful,tense"},
    {kStageDay, 20, K::talk, 3,
     "Sam and I sat down after dinner and talked about the chores, calmly this time; we made a "
     "rota",
     "Sam", "relieved,hopeful"},
    {3, 13, K::support, 2, "Lunch with Priya; told her about the talk with Sam", "Priya",
     "grateful"},
    {3, 16, K::change, 2, "Jordan asked me to show the new starter the booking system", "Jordan",
     "proud", AreaOf::job},
    {4, 19, K::closeness, 2, "Sam did the big shop without being asked, and we cooked together",
     "Sam", "close,happy"},
    {5, 19, K::conflict, -1,
     "Sam forgot the bins; I said so without snapping, but the worry came back", "Sam", "worried"},
    {6, 10, K::closeness, 2, "Run with Leo in the park, then a long call with Mum", "Leo,Mum",
     "energised,calm", AreaOf::none},
};

constexpr std::string_view kLowNotes[] = {
    "Heavy day; went to bed early.",
    "Hard to get going this morning.",
    "Quiet evening; didn't feel like talking.",
    "Tired, and the house felt tense.",
};
constexpr std::string_view kMiddleNotes[] = {
    "An ordinary day, which was fine.",     "Work was busy but manageable.",
    "Walked home the long way; it helped.", "Cooked something simple and had an early night.",
    "Read for an hour before bed.",
};
constexpr std::string_view kHighNotes[] = {
    "A good day; felt more like myself.",
    "Laughed properly for the first time in a while.",
    "Slept well and it showed.",
    "Got a lot done and still had energy in the evening.",
};

}  // namespace

std::span<const PersonRow> people() {
  return kPeople;
}
std::span<const AreaRow> areas() {
  return kAreas;
}
std::span<const EventRow> first_weeks() {
  return kFirstWeeks;
}
std::span<const EventRow> middle_week(int n) {
  return kMiddle[static_cast<std::size_t>(n) % kMiddle.size()];
}
int middle_weeks() {
  return static_cast<int>(kMiddle.size());
}
std::span<const EventRow> last_week() {
  return kLastWeek;
}
std::span<const std::string_view> low_notes() {
  return kLowNotes;
}
std::span<const std::string_view> middle_notes() {
  return kMiddleNotes;
}
std::span<const std::string_view> high_notes() {
  return kHighNotes;
}
std::string_view agenda_item() {
  return "How to keep the chores rota going when work gets busy";
}

}  // namespace ipt::app::demo
