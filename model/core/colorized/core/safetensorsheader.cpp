#include "colorized/core/safetensorsheader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>

namespace colorized {

namespace {

struct DtypeSize {
    const char* name;
    uint64_t bytes;
};
constexpr DtypeSize kDtypeSizes[] = {
    {"F32", 4}, {"F16", 2}, {"BF16", 2}, {"F64", 8}, {"I64", 8}, {"I32", 4}, {"U8", 1},
};

uint64_t headerLengthOf(std::istream& in, uint64_t fileSize, const std::string& path)
{
    if (fileSize < 8)
        throw SafetensorsError(path + " is not a safetensors file: it is too short.");
    unsigned char lengthBytes[8];
    in.read(reinterpret_cast<char*>(lengthBytes), 8);
    if (!in)
        throw SafetensorsError(path + " is truncated: its header length could not be read.");
    uint64_t length = 0;
    for (int i = 0; i < 8; ++i)
        length |= uint64_t(lengthBytes[i]) << (8 * i);
    if (length == 0 || length > kMaxSafetensorsHeaderBytes || length > fileSize - 8)
        throw SafetensorsError(path + " is not a valid safetensors file: its header length is out of range (the file may be truncated or not a model).");
    return length;
}

nlohmann::json parsedHeader(std::istream& in, uint64_t length, const std::string& path)
{
    std::string text(length, '\0');
    in.read(text.data(), static_cast<std::streamsize>(length));
    if (!in)
        throw SafetensorsError(path + " is truncated: its header could not be read.");
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded())
        throw SafetensorsError(path + " is corrupt: its header is not valid JSON.");
    if (!json.is_object())
        throw SafetensorsError(path + " is corrupt: its header is not a JSON object.");
    return json;
}

std::map<std::string, std::string> metadataOf(const nlohmann::json& json, const std::string& path)
{
    std::map<std::string, std::string> metadata;
    const auto found = json.find("__metadata__");
    if (found == json.end())
        return metadata;
    if (!found->is_object())
        throw SafetensorsError(path + " is corrupt: __metadata__ is not an object.");
    for (const auto& [key, value] : found->items()) {
        if (!value.is_string())
            throw SafetensorsError(path + " is corrupt: metadata value \"" + printableName(key) + "\" is not a string.");
        metadata[key] = value.get<std::string>();
    }
    return metadata;
}

// Sizes are read only from JSON integers: nlohmann's conversion of a float such as 1e39 to an
// integer would be undefined behaviour.
std::vector<int64_t> shapeOf(const nlohmann::json& json, const std::string& name, const std::string& path)
{
    if (!json.is_array())
        throw SafetensorsError(path + " is corrupt: the shape of tensor " + printableName(name) + " is not a list.");
    std::vector<int64_t> shape;
    for (const auto& size : json) {
        if (!size.is_number_unsigned() || size.get<uint64_t>() > uint64_t(std::numeric_limits<int64_t>::max()))
            throw SafetensorsError(path + " is corrupt: tensor " + printableName(name) + " has a size that is not a whole number from 0 up.");
        shape.push_back(static_cast<int64_t>(size.get<uint64_t>()));
    }
    return shape;
}

// The number of elements, or nothing when the product does not fit in 64 bits.
bool checkedElementCount(const std::vector<int64_t>& shape, uint64_t& count)
{
    count = 1;
    for (const int64_t size : shape)
        if (__builtin_mul_overflow(count, uint64_t(size), &count))
            return false;
    return count <= uint64_t(std::numeric_limits<int64_t>::max());
}

SafetensorsEntry entryOf(const std::string& name, const nlohmann::json& json, uint64_t dataSize, const std::string& path)
{
    const auto malformed = [&] {
        return SafetensorsError(path + " is corrupt: the entry for tensor " + printableName(name) + " is malformed.");
    };
    if (!json.is_object() || !json.contains("dtype") || !json.contains("shape") || !json.contains("data_offsets"))
        throw malformed();
    const auto& dtype = json.at("dtype");
    const auto& offsets = json.at("data_offsets");
    if (!dtype.is_string() || !offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned()
        || !offsets[1].is_number_unsigned())
        throw malformed();
    SafetensorsEntry entry;
    entry.dtype = dtype.get<std::string>();
    const uint64_t elementSize = safetensorsElementSize(entry.dtype);
    if (elementSize == 0)
        throw SafetensorsError(path + " holds a tensor of unsupported type " + dtype.dump() + ".");
    entry.shape = shapeOf(json.at("shape"), name, path);
    entry.begin = offsets[0].get<uint64_t>();
    entry.end = offsets[1].get<uint64_t>();
    uint64_t bytes = 0;
    if (!checkedElementCount(entry.shape, entry.elements) || __builtin_mul_overflow(entry.elements, elementSize, &bytes)
        || entry.begin > entry.end || entry.end > dataSize || entry.end - entry.begin != bytes)
        throw SafetensorsError(path + " is truncated or corrupt: tensor " + printableName(name)
                               + " lies outside the file or has the wrong size.");
    return entry;
}

}  // namespace

std::string printableName(const std::string& text)
{
    constexpr std::size_t kMaxBytes = 80;
    std::size_t end = std::min(text.size(), kMaxBytes);
    while (end < text.size() && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;   // not inside a UTF-8 sequence
    std::string out;
    for (std::size_t i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7F) {
            constexpr char kHex[] = "0123456789abcdef";
            out += {'\\', 'x', kHex[byte >> 4], kHex[byte & 0xF]};
        } else {
            out += char(byte);
        }
    }
    return end < text.size() ? out + "..." : out;
}

uint64_t safetensorsElementSize(const std::string& dtype)
{
    for (const auto& entry : kDtypeSizes)
        if (dtype == entry.name)
            return entry.bytes;
    return 0;
}

SafetensorsHeader readSafetensorsHeader(std::istream& in, uint64_t fileSize, const std::string& path)
{
    const uint64_t length = headerLengthOf(in, fileSize, path);
    const nlohmann::json json = parsedHeader(in, length, path);
    SafetensorsHeader header;
    header.dataStart = 8 + length;
    header.dataSize = fileSize - header.dataStart;
    header.metadata = metadataOf(json, path);
    // Tensors may not share bytes, so together they fit in the data region: this bounds the
    // parameters a file can claim by its size.
    uint64_t claimed = 0;
    for (const auto& [name, value] : json.items()) {
        if (name == "__metadata__")
            continue;
        SafetensorsEntry entry = entryOf(name, value, header.dataSize, path);
        claimed += entry.end - entry.begin;   // each term <= dataSize: checked before it can wrap
        if (claimed > header.dataSize)
            throw SafetensorsError(path + " is corrupt: its tensors claim more bytes than the file holds.");
        header.tensors.emplace(name, std::move(entry));
    }
    return header;
}

SafetensorsHeader readSafetensorsHeader(const std::string& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw SafetensorsError("Cannot open " + path + ": " + (error ? error.message() : "there is no such file") + ".");
    // Opening a FIFO would block until a writer comes; a device has no size.
    if (!std::filesystem::is_regular_file(status))
        throw SafetensorsError(path + " is not a regular file, so it cannot be a model.");
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw SafetensorsError("Cannot read " + path + ": " + error.message() + ".");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw SafetensorsError("Cannot open " + path + ".");
    return readSafetensorsHeader(in, size, path);
}

}  // namespace colorized
