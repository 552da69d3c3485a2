#include "colorized/imaging/colorcontent.h"

#include "colorized/imaging/dataset.h"

namespace colorized::imaging {

ColorContent colorContentOf(const cv::Mat& image)
{
    if (image.empty() || image.channels() == 1)
        return ColorContent::Gray;
    const ChromaStatistics chroma = measureChroma(image);
    if (chroma.chromaP99 < kGrayChromaP99)
        return ColorContent::Gray;
    if (chroma.coloredShare > kColorShare && chroma.coloredHueSectors >= kColorHueSectors)
        return ColorContent::Color;
    return ColorContent::Toned;
}

}  // namespace colorized::imaging
