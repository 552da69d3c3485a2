#include "packsource.h"

#include <filesystem>
#include <stdexcept>

namespace colorized::cli {

TrainingImages loadTrainingImages(const std::string& path, int64_t /*packSize*/, bool heldOut)
{
    if (std::filesystem::is_directory(path))
        throw std::runtime_error("Folders are not supported yet: " + path);
    if (heldOut)
        throw std::invalid_argument("Give --val when --data is a pack file.");
    auto pack = readLabPack(path);
    const auto terms = pack.metadata.find("terms");
    return {pack.lab, terms == pack.metadata.end() ? std::string() : terms->second};
}

}  // namespace colorized::cli
