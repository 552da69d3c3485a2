#pragma once
// SHA-256 (FIPS 180-4), for weights hashes in provenance. No external dependency, so that
// model/core stays LibTorch-only.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace colorized {

class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size);
    std::string hexDigest();   // finishes the hash; call once

private:
    void compress(const uint8_t* block);
    std::array<uint32_t, 8> state_;
    std::array<uint8_t, 64> buffer_{};
    size_t buffered_ = 0;
    uint64_t totalBytes_ = 0;
};

}  // namespace colorized
