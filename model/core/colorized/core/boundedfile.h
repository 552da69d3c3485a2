#pragma once
// Reading a small file of outside data without trusting it: a regular file (a FIFO or a device
// is refused, and the file is opened non-blocking, so neither can hang the caller) of at most a
// given size, checked before reading and again while reading (a file may grow meanwhile). The
// hints file and the project file read through it. POSIX and the C++ standard library only
// (library colorized_names), so that the fuzz build compiles it.

#include <cstdint>
#include <stdexcept>
#include <string>

namespace colorized {

// Why a file could not be read, as a clause ("it is not a regular file"); the caller makes
// the sentence that names the file and what kind of file it is.
class BoundedFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The whole text of the regular file at `path`, at most `maxBytes`. Throws BoundedFileError.
std::string readBoundedFile(const std::string& path, uint64_t maxBytes);

// "1024 kB", "64 MB": a limit as written in messages (MB from 16 MB on).
std::string byteLimitText(uint64_t bytes);

}  // namespace colorized
