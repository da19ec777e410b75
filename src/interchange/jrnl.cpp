#include "interchange/foreign.hpp"

namespace ipt::interchange {}  // namespace ipt::interchange
