#include "tinymodel.h"

#include "colorized/core/networkfactory.h"

#include <torch/torch.h>

#include <QFile>

namespace colorized::testsupport {

UNetConfig tinyUNetConfig(int64_t baseWidth)
{
    UNetConfig config;
    config.baseWidth = baseWidth;
    config.levelMultipliers = {1, 2};
    config.blocksPerLevel = 1;
    config.bottleneckBlocks = 1;
    return config;
}

ModelInfo tinyModelInfo(const TinyModel& model)
{
    ModelInfo info;
    info.name = model.name;
    info.description = "A tiny model made by a test.";
    info.network = unetSpec(tinyUNetConfig(model.baseWidth));
    info.schedule.timesteps = model.timesteps;
    info.resolution = model.resolution;
    info.provenance = {{"data", "none"}, {"date", "2026-11-26"}};
    if (model.unconditionalProbability > 0)
        info.provenance["training"] = {{"unconditional_probability", model.unconditionalProbability}};
    return info;
}

std::string writeTinyModel(const std::string& path, const TinyModel& model)
{
    torch::manual_seed(static_cast<int64_t>(model.weightSeed));
    const ModelInfo info = tinyModelInfo(model);
    const ColorNetwork net = createNetwork(info.network);
    saveModel(path, *net, info);
    return path;
}

QString writeTinyModel(const QString& path, const TinyModel& model)
{
    writeTinyModel(QFile::encodeName(path).toStdString(), model);
    return path;
}

torch::Tensor generatedLabImages(int64_t count, int64_t size, uint64_t seed)
{
    auto generator = at::detail::createCPUGenerator(seed);
    auto lab = torch::empty({count, 3, size, size}, torch::kByte);
    const auto ramp = torch::linspace(40, 220, size).unsqueeze(0).expand({size, size});
    for (int64_t i = 0; i < count; ++i) {
        auto image = torch::empty({3, size, size});
        const auto background = torch::randint(90, 170, {2}, generator, torch::kLong);
        image[0] = i % 2 ? ramp : ramp.t();
        image[1].fill_(background[0].item<int64_t>());
        image[2].fill_(background[1].item<int64_t>());
        // A bright, saturated square whose color depends on its brightness.
        const auto corner = torch::randint(0, size / 2, {2}, generator, torch::kLong);
        const int64_t y = corner[0].item<int64_t>(), x = corner[1].item<int64_t>(), side = size / 2;
        const double level = 60 + 20 * (i % 8);
        image[0].narrow(0, y, side).narrow(1, x, side).fill_(level);
        image[1].narrow(0, y, side).narrow(1, x, side).fill_(level < 120 ? 190 : 70);
        image[2].narrow(0, y, side).narrow(1, x, side).fill_(level < 120 ? 80 : 200);
        lab[i] = image.round().clamp(0, 255).to(torch::kByte);
    }
    return lab;
}

}  // namespace colorized::testsupport
