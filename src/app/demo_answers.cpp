// The demo's reflections: what the made-up person answers to the prompts the library chooses for
// their weeks, by prompt id where the prompt is a likely one, else by the IPT task it serves.
// Prompts quoting an event are answered in words that fit any event of that kind in the story.
#include "app/demo_content.hpp"

#include <algorithm>
#include <string>

namespace ipt::app::demo {

namespace {

constexpr AnswerRow kInitial[] = {
    {"general.initial.symptoms",
     "I wake at five and can't get back to sleep. Less appetite, little energy, and I've stopped "
     "running. Not much feels interesting."},
    {"general.initial.symptoms-week",
     "Sleep is still broken and my energy low, but I went for one run. Interest in things comes "
     "and goes."},
    {"general.initial.set-down", "I've let the ironing go and said no to extra shifts for now."},
    {"general.initial.commit",
     "Coming to every session, writing a few lines here each day, and trying to talk with Sam "
     "instead of going quiet."},
    {"general.initial.inner-circle",
     "Sam, Mum and Priya. With Sam the good part is that we laugh a lot; the hard part is the "
     "housework since my new job."},
    {"general.initial.wider-circle",
     "Jordan at work, Aunt May, Leo from the running club and Mrs Ellis next door. I've lost "
     "touch with Tom from my old job."},
    {"general.initial.around-the-start",
     "I started the new job about three months ago. Within a few weeks Sam and I were arguing "
     "about the housework, and I saw Priya and Leo much less."},
    {"dispute.initial.goals",
     "To be able to talk about the housework calmly, and agree on a fair split we both keep."},
    {"general.initial.hopes",
     "Sleeping better, enjoying my runs again, and Sam and I feeling like a team at home."},
    {"general.initial.mood-and-people",
     "It rose after the call with Mum and the run with Leo, and fell after arguing with Sam."},
    {"general.initial.agreement",
     "To work on the disagreement with Sam about the housework, over sixteen weekly sessions."},
    {"general.initial.which-area",
     "A disagreement with someone: Sam and me, about the housework since my new job."},
    {"general.initial.most-tied",
     "The arguments with Sam about the housework, and seeing my friends less since the new job."},
    {"cond.low-day",
     "It was the day after an argument with Sam about the housework. Sam was there, but we "
     "weren't really talking, and I missed my run with Leo."},
    {"cond.low-day-conflict",
     "After it. The argument came first, and the low mood stayed with me into the next day."},
    {"cond.low-day-avoidance",
     "Heavy, and cross with myself. Saying nothing kept the peace, but I felt more alone."},
    {"cond.conflict-person", "Stung, then frustrated. I went quiet, which is what I usually do."},
    {"cond.conflict",
     "That I'm not choosing work over home; I'm tired, and I need us to share things "
     "differently."},
    {"cond.conflict-replay",
     "Sam said something sharp about the housework and I didn't answer. Inside I felt it was "
     "unfair, and tired. I wanted to say that I miss our evenings too."},
    {"formulation",
     "Since the new job Sam and I expect different things at home. We've stopped talking about "
     "it, and I feel low and alone with it."},
    {"formulation", "The rows with Sam started soon after the new job, and so did the low mood."},
    {"focus-choice", "The disagreement with Sam about the housework."},
    {"goals", "To talk with Sam calmly about the housework, and to feel settled at work."},
    {"inventory", "Sam, Mum and Priya are closest. Since the new job I see Priya and Leo less."},
    {"mood-event-link",
     "The low evenings came after arguments with Sam; the better ones after seeing Priya or Mum."},
    {"*",
     "It has been a hard few weeks, but writing it down helps me see what happens on the low "
     "days."},
    {"*", "I'm not sure yet. I'd like to talk about it in my next session."},
};

constexpr AnswerRow kBefore[] = {
    {"general.middle.tried",
     "I told Sam I was tired before starting on the dishes, instead of saying nothing. Sam "
     "offered to dry. Small, but it helped."},
    {"cond.change-event",
     "I can manage more at work without asking for help, so work is less of a worry. I felt "
     "proud, and a bit surprised."},
    {"cond.conflict-person",
     "Frustrated first, then sad. It felt like the same argument again, and I went quiet instead "
     "of saying what I needed."},
    {"cond.avoidance-person",
     "I wanted to ask Sam to do a fair share without my having to ask every time. It was hard "
     "because I worried it would turn into another row."},
    {"cond.conflict", "That I'm not blaming Sam; I'm worn out and need us to share the housework."},
    {"dispute.impasse.last-talk",
     "Weeks ago, when Sam said I care more about work than home. I didn't answer, and we haven't "
     "really talked about it since. It stalled on my silence as much as on Sam."},
    {"dispute.middle.both-sides",
     "I was counting on Sam to notice how tired I am and do more at home. I imagine Sam was "
     "counting on things staying as they were before my new job."},
    {"dispute.middle.rehearse",
     "I'd say: \"Can we talk about the housework? Since the new job I can't do as much, and I "
     "need us to share it.\" I imagine Sam saying: \"I didn't know it was that bad.\" Then I'd "
     "say: \"It is, and I'd like us to make a plan together.\""},
    {"dispute.middle.with-others",
     "Yes, at work too: I don't ask Jordan things in case I seem slow, and then I worry. Both "
     "times I keep quiet and hope the other person notices."},
    {"general.middle.both-ways",
     "Lunch with Priya lifted my mood all afternoon. And on a low day I skipped the run with Leo, "
     "which made it worse."},
    {"general.middle.ups-and-downs",
     "The low evenings were the ones at home when the chores piled up and I said nothing. The "
     "good moments were with Priya and Mum."},
    {"dispute.middle.cannot-give-up",
     "That we're a team at home. When I feel alone with the housework, I feel alone with "
     "everything."},
    {"expectations",
     "I expect us to share the housework now that I work longer hours; I think Sam expects things "
     "to stay as they were."},
    {"stage-assessment",
     "We have stopped talking about the housework. I do most of it and say nothing, and Sam "
     "doesn't seem to notice."},
    {"decision-analysis",
     "I could keep doing it all, raise it with Sam this week, or plan what to say in my session "
     "first. I'll plan it in the session, then talk to Sam at the weekend."},
    {"options",
     "Raise it at a calm moment, not in the middle of the washing-up, and start with how tired I "
     "am, not with what Sam doesn't do."},
    {"cost-of-status-quo",
     "If nothing changes I'll keep doing everything and resenting it, and we'll drift apart."},
    {"affect",
     "Resentment, and under it sadness that Sam and I aren't a team about this. I haven't told "
     "Sam either."},
    {"week-review", "Up and down. Work is getting easier; home still feels tense."},
    {"session-agenda", "How to start the conversation with Sam about the housework."},
    {"mood-event-link",
     "My mood was lowest on the evenings I did the chores and said nothing, and higher after "
     "seeing Priya and running with Leo."},
    {"#followup", "I haven't tried it yet; it still feels hard to start, so I'll plan it first."},
    {"*",
     "Home still feels tense because Sam and I aren't talking about the housework. Seeing Priya "
     "and running with Leo helped."},
    {"*", "Work is getting easier. Home is the hard part, and I'd like to plan what to say."},
};

constexpr AnswerRow kLast[] = {
    {"dispute.middle.replay",
     "When Sam forgot the bins I said: \"You said you'd do the bins.\" Sam said: \"Sorry, I "
     "forgot, I'll do it now.\" I felt the old worry that the rota would slip. I was hoping Sam "
     "would see that it matters to me."},
    {"cond.conflict-replay",
     "Sam forgot the bins. I said so, calmly, and Sam said sorry and took them out. I worried it "
     "would all slip back, and I wanted to get across that the rota matters because it shows "
     "we're a team."},
    {"cond.conflict-person",
     "Worried, mostly, that it would slip back to how it was. A bit proud too, that I said it "
     "without snapping."},
    {"cond.conflict",
     "That the rota matters to me, not because of the bins, but because it shows we're in it "
     "together."},
    {"general.middle.next-session",
     "How to keep the rota going when work gets busy, and how to raise things before they build "
     "up."},
    {"dispute.middle.options",
     "Keep quiet and do it myself (peace now, resentment later); raise it every time (fair, but "
     "it may feel like nagging); look at the rota together once a week (calm, and we both get a "
     "say). I'd like to try the weekly look."},
    {"dispute.renegotiation.clear-ask",
     "\"Can we look at the rota together at the weekend? It helped me a lot this week.\" Sam "
     "might say: \"Sure, though I'm not great at remembering.\" I'd answer: \"Then let's put it "
     "on the fridge.\""},
    {"dispute.middle.rehearse",
     "I'd say: \"Our talk meant a lot to me. Can we keep checking the rota together?\" I imagine "
     "Sam saying yes, a bit embarrassed. Then I'd say thank you, and mean it."},
    {"general.middle.options",
     "The forgotten bins are still on my mind. I could let it go, mention it again, or bring it "
     "up when we look at the rota. The rota talk seems best."},
    {"general.middle.one-thing",
     "Thank Sam when the rota works, not only mention it when it doesn't."},
    {"general.initial.which-area",
     "The disagreement with Sam about the housework: it's what we're working on, and this week "
     "it moved."},
    {"general.middle.tried",
     "I asked Sam to sit down and talk about the chores, calmly. We made a rota, and most of the "
     "week it held."},
    {"dispute.middle.middle-ground",
     "I'd give a little on how tidy things have to be; Sam would take the shopping and the bins "
     "without reminders. We'd each keep one evening a week free of chores."},
    {"decision-analysis",
     "We could split the jobs by week, by room or by what each of us minds least. By what we mind "
     "least seems fairest, so we'll try that."},
    {"stage-assessment",
     "Since our talk we're working on it together again; before that we had stopped talking "
     "about it."},
    {"expectations",
     "I expected Sam to keep to the rota, and mostly Sam did. I think Sam expects me to say when "
     "something bothers me, instead of going quiet."},
    {"patterns",
     "I go quiet when I'm upset, with Sam and with Jordan at work. This week I spoke up, and it "
     "went better than I feared."},
    {"mood-event-link",
     "My lowest day was the first, after I left the dishes and said nothing. My best days came "
     "after the talk with Sam and lunch with Priya: talking lifts me, keeping quiet pulls me "
     "down."},
    {"affect",
     "Relief, mostly, and some worry that it won't last. I didn't tell Sam how much the talk "
     "meant to me."},
    {"week-review",
     "A better week. The talk with Sam changed the mood at home, and work felt easier too."},
    {"session-agenda", "How to keep the rota going when work gets busy."},
    {"mastery", "I showed the new starter the booking system. A month ago I was the new starter."},
    {"#followup",
     "I tried it: I raised the chores at a calm moment, and it went better than I feared."},
    {"*",
     "Talking with Sam this week helped more than I expected. I want to keep bringing things up "
     "early instead of going quiet."},
    {"*", "Work is going well, and home feels lighter since we made the rota."},
};

}  // namespace

std::span<const AnswerRow> answers(Week week) {
  switch (week) {
    case Week::initial:
      return kInitial;
    case Week::before:
      return kBefore;
    case Week::last:
      return kLast;
  }
  return kLast;
}

std::string answer(const domain::ChosenPrompt& p, Week week, std::vector<const AnswerRow*>& used) {
  const auto rows = answers(week);
  for (const auto& key : {p.followup ? std::string("#followup") : p.id, p.task, std::string("*")}) {
    for (const auto& row : rows) {
      if (row.key == key && std::find(used.begin(), used.end(), &row) == used.end()) {
        used.push_back(&row);
        return std::string(row.text);
      }
    }
  }
  return std::string(rows.back().text);
}

}  // namespace ipt::app::demo
