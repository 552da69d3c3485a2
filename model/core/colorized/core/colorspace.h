#pragma once
// Scaling between CIE Lab and the model's tensors. LibTorch only.
// Model space: L* in [0, 100] -> [-1, 1]; a*, b* / 110 -> about [-1, 1].

namespace colorized {

constexpr double kAbScale = 110.0;

constexpr double luminanceToModel(double lightness) { return lightness / 50.0 - 1.0; }
constexpr double modelToLuminance(double value) { return (value + 1.0) * 50.0; }

}  // namespace colorized
