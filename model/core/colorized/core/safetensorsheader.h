#pragma once
// The header of a safetensors file (an 8-byte little-endian length, then a JSON object naming
// each tensor's dtype, shape and byte range, and "__metadata__"), read and checked without
// LibTorch and without reading any tensor: what every reader of model files, checkpoints and
// packs goes through first (safetensors.h), and what tests/fuzz/ fuzzes.

#include <cstdint>
#include <istream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace colorized {

class SafetensorsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A header longer than this is refused before it is read: a model's is ~20 kB, a pack's and a
// checkpoint's a few kB, and parsing 8 MB of JSON stays under ~150 MB whatever it holds.
inline constexpr uint64_t kMaxSafetensorsHeaderBytes = 8u * 1024u * 1024u;

struct SafetensorsEntry {
    std::string dtype;               // "F32", "F16", "BF16", "F64", "I64", "I32" or "U8"
    std::vector<int64_t> shape;      // every size >= 0
    uint64_t begin = 0, end = 0;     // byte range in the data region; end - begin = bytes
    uint64_t elements = 0;           // product of shape
};

struct SafetensorsHeader {
    std::map<std::string, SafetensorsEntry> tensors;
    std::map<std::string, std::string> metadata;  // the "__metadata__" object
    uint64_t dataStart = 0;                       // byte offset of the data region in the file
    uint64_t dataSize = 0;                        // bytes from dataStart to the end of the file
};

// Bytes per element of a dtype name; 0 for a name safetensors.h does not support.
uint64_t safetensorsElementSize(const std::string& dtype);

// Text read from a file (a tensor name, a metadata key) as it goes into a message: control
// characters escaped as \xNN and at most 80 bytes (cut at a character boundary, "..." added), so
// that a crafted name can neither break a message over lines nor flood it.
std::string printableName(const std::string& text);

// Every check is made here: the length within the file and kMaxSafetensorsHeaderBytes, valid
// JSON, each entry's dtype known, sizes non-negative and their product without overflow, its
// byte range within the data region and of exactly the size its shape and dtype need, and the
// ranges together no larger than the data region. Throws SafetensorsError: one sentence naming
// `path`. `in` is positioned at the file's start and holds `fileSize` bytes.
SafetensorsHeader readSafetensorsHeader(std::istream& in, uint64_t fileSize, const std::string& path);
// The file must be a regular file (a FIFO or a device is refused without being opened).
SafetensorsHeader readSafetensorsHeader(const std::string& path);

}  // namespace colorized
