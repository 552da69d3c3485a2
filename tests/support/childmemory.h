#pragma once
// The memory of the processes a test starts (colorized-cli), for the budgets README states.

#include <sys/resource.h>

namespace colorized::testsupport {

// Built with COLORIZED_SANITIZE=ON, every process also holds AddressSanitizer's shadow memory,
// the redzones around each block and its quarantine of freed blocks (256 MB by default): the
// 80-megapixel strip run of tst_largescans took 685 MB there against 264 MB in the normal build.
// A budget is checked against twice its value in that build, which still tells a scan held in
// strips from one held whole. ASan also reserves terabytes of address space, so a sanitized
// child cannot run under RLIMIT_AS.
#ifdef COLORIZED_SANITIZED
inline constexpr bool kSanitized = true;
inline constexpr double kMemoryBudgetFactor = 2.0;
#else
inline constexpr bool kSanitized = false;
inline constexpr double kMemoryBudgetFactor = 1.0;
#endif

// The largest resident set of any child this process has waited for, in megabytes.
inline double childrenPeakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0;
}

}  // namespace colorized::testsupport
