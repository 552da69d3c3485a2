#include "colorized/core/safetensors.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace colorized {

namespace {

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
    const SafetensorsHeader header = readSafetensorsHeader(path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw SafetensorsError("Cannot open " + path + ".");
    SafetensorsContent content;
    content.metadata = header.metadata;
    for (const auto& [name, entry] : header.tensors) {
        auto tensor = torch::empty(entry.shape, torch::TensorOptions().dtype(dtypeFromName(entry.dtype)));
        in.seekg(static_cast<std::streamoff>(header.dataStart + entry.begin));
        in.read(static_cast<char*>(tensor.data_ptr()), static_cast<std::streamsize>(entry.end - entry.begin));
        if (!in)
            throw SafetensorsError(path + " is truncated: tensor " + name + " could not be read.");
        content.tensors.emplace(name, std::move(tensor));
    }
    return content;
}

std::map<std::string, std::string> readSafetensorsMetadata(const std::string& path)
{
    return readSafetensorsHeader(path).metadata;
}

}  // namespace colorized
