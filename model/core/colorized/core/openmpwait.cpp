#include "colorized/core/openmpwait.h"

#include <cstdlib>
#include <unistd.h>

namespace colorized {

void restartWithPassiveOpenMpWaiting(char** argv)
{
    if (std::getenv("OMP_WAIT_POLICY") != nullptr)
        return;
    if (::setenv("OMP_WAIT_POLICY", "PASSIVE", 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // Still here: exec failed (no /proc). The variable stays set for child processes; this one
    // runs with libgomp's default.
}

}  // namespace colorized
