#pragma once
// safetensors files: an 8-byte little-endian header length, a JSON header, raw little-endian
// tensor bytes. Nothing in it can execute code, and Python's safetensors reads it.

#include "colorized/core/safetensorsheader.h"

#include <torch/types.h>

#include <map>
#include <string>

namespace colorized {

struct SafetensorsContent {
    std::map<std::string, torch::Tensor> tensors;       // contiguous CPU tensors
    std::map<std::string, std::string> metadata;        // the "__metadata__" object
};

// Writes atomically (temporary file, then rename). Supports F32, F16, BF16, F64, I64, I32,
// U8. Throws SafetensorsError.
void writeSafetensors(const std::string& path, const SafetensorsContent& content);

// Throws SafetensorsError with a sentence naming the problem for a missing, truncated or
// corrupt file (bad header length, bad JSON, offsets out of range, unknown dtype...): the
// whole header is checked (safetensorsheader.h) before any tensor is allocated.
SafetensorsContent readSafetensors(const std::string& path);
// Reads only the header; cheap for listing models.
std::map<std::string, std::string> readSafetensorsMetadata(const std::string& path);

}  // namespace colorized
