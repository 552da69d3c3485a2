#pragma once
// SHA-256 of a file, the identity of models and originals in provenance. Through OpenSSL's
// libcrypto, which uses the processor's SHA extensions where it has them (Zen and recent Intel
// parts): a 48 MB scan hashes in a few tens of milliseconds. No LibTorch, no Qt. Any thread.

#include <string>

namespace colorized {

// Lower-case hex SHA-256 of the file's bytes, read in 1 MiB blocks. Throws std::runtime_error
// when it cannot be read.
std::string sha256OfFile(const std::string& path);

}  // namespace colorized
