#include "interchange/foreign.hpp"

namespace ipt::interchange {

MoodMap default_daylio_moods() {
  return {{"rad", 9}, {"good", 7}, {"meh", 5}, {"bad", 3}, {"awful", 1}};
}

}  // namespace ipt::interchange
