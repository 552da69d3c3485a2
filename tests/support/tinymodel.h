#pragma once
// The one fixture for tests that need a network: a U-Net with two levels, one ResNet block per
// level and one in the bottleneck, so that a sampler or training step takes milliseconds, with
// random weights from a fixed seed (its colors are noise, which is all these tests need); and
// generated images in the trainer's Lab pack format. Library colorized_test_support.

#include "colorized/core/modelfile.h"
#include "colorized/core/unet.h"

#include <QString>

#include <cstdint>
#include <string>

namespace colorized::testsupport {

struct TinyModel {
    std::string name = "tiny";
    int64_t timesteps = 50;     // T: every test runs DDPM or DDIM in well under a second
    int64_t resolution = 32;    // working resolution, pixels
    int64_t baseWidth = 8;      // the trainer's learning test needs 16
    uint64_t weightSeed = 1;
    double unconditionalProbability = 0;   // > 0: its provenance says it was trained for guidance
};

// The tiny U-Net's configuration: base width `baseWidth`, levels x1 and x2, one block each.
UNetConfig tinyUNetConfig(int64_t baseWidth = 8);

// name, description, the network above, T, working resolution and a fixed provenance
// (data "none", date 2026-11-26).
ModelInfo tinyModelInfo(const TinyModel& model = {});

// Writes a model file with weights drawn from model.weightSeed; returns `path`.
std::string writeTinyModel(const std::string& path, const TinyModel& model = {});
QString writeTinyModel(const QString& path, const TinyModel& model = {});

// Colored shapes on lightness ramps, directly as 8-bit Lab codes (labpack.h): uint8
// [count, 3, size, size]. A square's color follows its lightness, so L predicts a*b* and a tiny
// model can learn it.
torch::Tensor generatedLabImages(int64_t count, int64_t size, uint64_t seed);

}  // namespace colorized::testsupport
