#include "colorized/core/safetensors.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace colorized {

namespace {

constexpr uint64_t kMaxHeaderBytes = 100u * 1024u * 1024u;

struct DtypeName {
    torch::ScalarType type;
    const char* name;
};
constexpr DtypeName kDtypes[] = {
    {torch::kFloat, "F32"}, {torch::kHalf, "F16"},  {torch::kBFloat16, "BF16"}, {torch::kDouble, "F64"},
    {torch::kLong, "I64"},  {torch::kInt, "I32"},   {torch::kByte, "U8"},
};

const char* dtypeName(torch::ScalarType type)
{
    for (const auto& entry : kDtypes)
        if (entry.type == type)
            return entry.name;
    throw SafetensorsError(std::string("Cannot store tensors of type ") + c10::toString(type) + " in safetensors.");
}

torch::ScalarType dtypeFromName(const std::string& name)
{
    for (const auto& entry : kDtypes)
        if (name == entry.name)
            return entry.type;
    throw SafetensorsError("The file holds a tensor of unsupported type " + name + ".");
}

void writeLittleEndian64(std::ostream& out, uint64_t value)
{
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((value >> (8 * i)) & 0xff);
    out.write(bytes, 8);
}

struct Header {
    nlohmann::json json;
    uint64_t dataStart = 0;   // byte offset of the data region in the file
    uint64_t fileSize = 0;
};

Header readHeader(std::ifstream& in, const std::string& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw SafetensorsError("Cannot read " + path + ": " + error.message() + ".");
    if (size < 8)
        throw SafetensorsError(path + " is not a safetensors file: it is too short.");
    unsigned char lengthBytes[8];
    in.read(reinterpret_cast<char*>(lengthBytes), 8);
    uint64_t headerLength = 0;
    for (int i = 0; i < 8; ++i)
        headerLength |= uint64_t(lengthBytes[i]) << (8 * i);
    if (headerLength == 0 || headerLength > kMaxHeaderBytes || headerLength > size - 8)
        throw SafetensorsError(path + " is not a valid safetensors file: its header length is out of range (the file may be truncated or not a model).");
    std::string text(headerLength, '\0');
    in.read(text.data(), static_cast<std::streamsize>(headerLength));
    if (!in)
        throw SafetensorsError(path + " is truncated: its header could not be read.");
    Header header;
    try {
        header.json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        throw SafetensorsError(path + " is corrupt: its header is not valid JSON.");
    }
    if (!header.json.is_object())
        throw SafetensorsError(path + " is corrupt: its header is not a JSON object.");
    header.dataStart = 8 + headerLength;
    header.fileSize = size;
    return header;
}

std::map<std::string, std::string> metadataOf(const Header& header, const std::string& path)
{
    std::map<std::string, std::string> metadata;
    const auto found = header.json.find("__metadata__");
    if (found == header.json.end())
        return metadata;
    if (!found->is_object())
        throw SafetensorsError(path + " is corrupt: __metadata__ is not an object.");
    for (const auto& [key, value] : found->items()) {
        if (!value.is_string())
            throw SafetensorsError(path + " is corrupt: metadata value \"" + key + "\" is not a string.");
        metadata[key] = value.get<std::string>();
    }
    return metadata;
}

}  // namespace

void writeSafetensors(const std::string& path, const SafetensorsContent& content)
{
    nlohmann::json header = nlohmann::json::object();
    if (!content.metadata.empty())
        header["__metadata__"] = content.metadata;
    std::vector<torch::Tensor> ordered;
    uint64_t offset = 0;
    for (const auto& [name, tensor] : content.tensors) {
        auto cpu = tensor.detach().to(torch::kCPU).contiguous();
        const uint64_t bytes = cpu.numel() * cpu.element_size();
        header[name] = {{"dtype", dtypeName(cpu.scalar_type())},
                        {"shape", cpu.sizes().vec()},
                        {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
        ordered.push_back(std::move(cpu));
    }
    std::string text = header.dump();
    // Pad the header with spaces so the data region starts 8-byte aligned (as the reference writer does).
    text.append((8 - (text.size() % 8)) % 8, ' ');

    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw SafetensorsError("Cannot write " + path + ": the folder is not writable.");
        writeLittleEndian64(out, text.size());
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        for (const auto& tensor : ordered)
            out.write(static_cast<const char*>(tensor.data_ptr()),
                      static_cast<std::streamsize>(tensor.numel() * tensor.element_size()));
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            throw SafetensorsError("Writing " + path + " failed (is the disk full?).");
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::remove(temporary.c_str());
        throw SafetensorsError("Cannot replace " + path + ": " + error.message() + ".");
    }
}

SafetensorsContent readSafetensors(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw SafetensorsError("Cannot open " + path + ".");
    const Header header = readHeader(in, path);
    SafetensorsContent content;
    content.metadata = metadataOf(header, path);
    const uint64_t dataSize = header.fileSize - header.dataStart;
    for (const auto& [name, entry] : header.json.items()) {
        if (name == "__metadata__")
            continue;
        try {
            const auto type = dtypeFromName(entry.at("dtype").get<std::string>());
            const auto shape = entry.at("shape").get<std::vector<int64_t>>();
            const auto offsets = entry.at("data_offsets").get<std::vector<uint64_t>>();
            int64_t numel = 1;
            for (int64_t dim : shape) {
                if (dim < 0)
                    throw SafetensorsError(path + " is corrupt: tensor " + name + " has a negative dimension.");
                numel *= dim;
            }
            const uint64_t expected = uint64_t(numel) * c10::elementSize(type);
            if (offsets.size() != 2 || offsets[0] > offsets[1] || offsets[1] > dataSize
                || offsets[1] - offsets[0] != expected)
                throw SafetensorsError(path + " is truncated or corrupt: tensor " + name
                                       + " lies outside the file or has the wrong size.");
            auto tensor = torch::empty(shape, torch::TensorOptions().dtype(type));
            in.seekg(static_cast<std::streamoff>(header.dataStart + offsets[0]));
            in.read(static_cast<char*>(tensor.data_ptr()), static_cast<std::streamsize>(expected));
            if (!in)
                throw SafetensorsError(path + " is truncated: tensor " + name + " could not be read.");
            content.tensors.emplace(name, std::move(tensor));
        } catch (const nlohmann::json::exception&) {
            throw SafetensorsError(path + " is corrupt: the entry for tensor " + name + " is malformed.");
        }
    }
    return content;
}

std::map<std::string, std::string> readSafetensorsMetadata(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw SafetensorsError("Cannot open " + path + ".");
    return metadataOf(readHeader(in, path), path);
}

}  // namespace colorized
