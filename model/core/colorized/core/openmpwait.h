#pragma once
// How LibTorch's OpenMP threads wait between parallel regions. libgomp's default is to spin
// for a while before sleeping, which on a 2-core machine with any other busy process (the GUI's
// thumbnailing, a second program) makes each thread burn the core the other one needs: measured
// here (EPYC Zen 4, 2 cores, under load), a 64 px U-Net step took 1,144 ms spinning and 229 ms
// with OMP_WAIT_POLICY=PASSIVE (README, "Performance"). libgomp reads the variable once, when it
// is loaded, before main() runs, so setting it in main() is too late: the program has to start
// again with it set.
//
// The C++ standard library and POSIX only (library colorized_processor). Call first thing in
// main(), before any thread exists.

namespace colorized {

// When OMP_WAIT_POLICY is unset, sets it to PASSIVE and executes this program again
// (/proc/self/exe, same arguments and environment otherwise); does not return then. When the
// variable is set (by the user, or by the first start) or the program cannot be executed again,
// returns and the program runs as it is.
void restartWithPassiveOpenMpWaiting(char** argv);

}  // namespace colorized
