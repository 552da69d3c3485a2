#include "colorized/core/trainingset.h"

#include <torch/torch.h>

#include <filesystem>
#include <stdexcept>

namespace colorized {

namespace {

FolderPacker& packerFor(const std::string& folder, FolderPacker* folders)
{
    if (!folders)
        throw std::invalid_argument(folder + " is a folder; this trainer reads packs only. Make one with "
                                    "`colorized-cli pack --data " + folder + " --out NAME.pack.safetensors`.");
    return *folders;
}

TrainingImages loadImages(const std::string& source, int packSize, FolderPacker* folders)
{
    if (!std::filesystem::is_directory(source))
        return readTrainingPack(source);
    return packerFor(source, folders).packAll(source, packSize);
}

// Sources joined along the image axis; the description joins their names and terms.
TrainingImages joinImages(const std::vector<TrainingImages>& parts)
{
    if (parts.size() == 1)
        return parts.front();
    std::vector<torch::Tensor> labs;
    TrainingImages joined;
    for (const auto& part : parts) {
        if (part.lab.sizes().slice(1) != parts.front().lab.sizes().slice(1))
            throw std::invalid_argument("The training sources " + parts.front().source + " and " + part.source
                                        + " were packed at different sizes.");
        labs.push_back(part.lab);
        joined.source += (joined.source.empty() ? "" : " + ") + part.source;
        if (!part.terms.empty() && joined.terms.find(part.terms) == std::string::npos)
            joined.terms += (joined.terms.empty() ? "" : "; ") + part.terms;
    }
    joined.lab = torch::cat(labs, 0);
    return joined;
}

}  // namespace

TrainingImages readTrainingPack(const std::string& path)
{
    auto pack = readLabPack(path);
    const auto value = [&](const char* key) {
        const auto found = pack.metadata.find(key);
        return found == pack.metadata.end() ? std::string() : found->second;
    };
    return {pack.lab, value("terms"), value("source")};
}

TrainingSet loadTrainingSet(const std::vector<std::string>& data, const std::vector<double>& shares,
                            const std::vector<std::string>& validation, int packSize, FolderPacker* folders)
{
    if (data.empty())
        throw std::invalid_argument("Give at least one --data source.");
    if (!shares.empty() && shares.size() != data.size())
        throw std::invalid_argument("Give one --share per --data source, or none.");
    TrainingSet set;
    std::vector<TrainingImages> parts;
    if (validation.empty()) {
        if (data.size() != 1 || !std::filesystem::is_directory(data.front()))
            throw std::invalid_argument("Give --val when --data is a pack file or several sources.");
        auto split = packerFor(data.front(), folders).packSplit(data.front(), packSize);
        parts.push_back(std::move(split.first));
        set.validation = std::move(split.second);
    } else {
        for (const auto& source : data)
            parts.push_back(loadImages(source, packSize, folders));
        std::vector<TrainingImages> held;
        for (const auto& source : validation)
            held.push_back(loadImages(source, packSize, folders));
        set.validation = joinImages(held);
    }
    if (!shares.empty()) {
        double total = 0.0;
        for (const double share : shares) {
            if (!(share >= 0.0))
                throw std::invalid_argument("Every --share must be zero or more.");
            total += share;
        }
        if (!(total > 0.0))
            throw std::invalid_argument("The --share values must not all be zero.");
        std::vector<torch::Tensor> weights;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const auto count = parts[i].lab.size(0);
            weights.push_back(torch::full({count}, shares[i] / total / double(count), torch::kDouble));
        }
        set.sampleWeights = torch::cat(weights, 0);
    }
    set.training = joinImages(parts);
    return set;
}

}  // namespace colorized
