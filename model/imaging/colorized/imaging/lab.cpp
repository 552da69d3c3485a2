#include "colorized/imaging/lab.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace colorized::imaging {
namespace {

// sRGB (linear) -> XYZ, D65: the matrix cv::cvtColor uses, so our Lab matches OpenCV's
// (metrics and datasets may use either). The inverse is computed from it in double precision,
// so that the gray axis maps back to R = G = B exactly.
const cv::Matx33d kRgbToXyz(0.412453, 0.357580, 0.180423,
                            0.212671, 0.715160, 0.072169,
                            0.019334, 0.119193, 0.950227);
constexpr double kWhiteX = 0.950456;  // row sums of kRgbToXyz: RGB (1, 1, 1) is the white point
constexpr double kWhiteZ = 1.088754;

// CIE 1976 constants in exact form: delta = 6/29.
constexpr float kDelta = 6.0f / 29.0f;
constexpr float kDeltaCube = kDelta * kDelta * kDelta;
constexpr float kLinearSlope = 1.0f / (3.0f * kDelta * kDelta);
constexpr float kLinearOffset = 4.0f / 29.0f;

// Chroma search: the scale is found to 1/65536 of the requested chroma (at most this many
// evaluations; typically 4-8).
constexpr float kGamutScaleTolerance = 1.0f / 65536.0f;
constexpr int kGamutMaxIterations = 40;
// Linear RGB up to half this far outside [0, 1] counts as inside (float rounding of the gray
// axis); the final clamp to [0, 1] then moves L* by less than 0.005.
constexpr float kGamutTolerance = 1e-5f;

inline float labF(float t) { return t > kDeltaCube ? std::cbrt(t) : t * kLinearSlope + kLinearOffset; }
inline float labFInverse(float f) { return f > kDelta ? f * f * f : (f - kLinearOffset) / kLinearSlope; }

inline float srgbDecode(double v)
{
    return static_cast<float>(v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4));
}
inline float srgbEncode(float v)
{
    return v <= 0.0031308f ? 12.92f * v : 1.055f * std::pow(v, 1.0f / 2.4f) - 0.055f;
}

// Code value -> linear light for every 8- or 16-bit code: exact, and no pow per pixel.
const std::vector<float>& decodeTable(int depth)
{
    static const std::vector<float> table8 = [] {
        std::vector<float> t(256);
        for (int i = 0; i < 256; ++i)
            t[i] = srgbDecode(i / 255.0);
        return t;
    }();
    static const std::vector<float> table16 = [] {
        std::vector<float> t(65536);
        for (int i = 0; i < 65536; ++i)
            t[i] = srgbDecode(i / 65535.0);
        return t;
    }();
    return depth == CV_8U ? table8 : table16;
}

// Linear light in [0, 1] -> sRGB-encoded value in [0, 1], by linear interpolation in a table
// over u = sqrt(linear). In u the curve is smooth (12.92 u^2 on the toe, 1.055 u^(1/1.2) - 0.055
// above), so 4096 intervals are exact to ~2e-7, well under a 16-bit step (1.5e-5), and cost a
// sqrt and a lerp instead of a pow.
class SrgbEncoder {
public:
    SrgbEncoder()
    {
        for (int i = 0; i <= kIntervals + 1; ++i) {
            const double u = std::min(1.0, static_cast<double>(i) / kIntervals);
            table_[i] = srgbEncode(static_cast<float>(u * u));
        }
    }
    float operator()(float linear) const
    {
        // Not std::clamp: it passes NaN through, and the index of NaN is undefined (in practice
        // INT_MIN, a read far outside the table: the segfault of issue 13). NaN encodes as black.
        const float inRange = linear > 0.0f ? std::min(linear, 1.0f) : 0.0f;
        const float u = std::sqrt(inRange) * kIntervals;
        const int i = static_cast<int>(u);
        const float t = u - static_cast<float>(i);
        return table_[i] + t * (table_[i + 1] - table_[i]);
    }

private:
    static constexpr int kIntervals = 4096;
    std::array<float, kIntervals + 2> table_{};  // +1 so that linear = 1 interpolates in range
};

const SrgbEncoder& srgbEncoder()
{
    static const SrgbEncoder encoder;
    return encoder;
}

struct Matrices {
    std::array<float, 9> toXyz;    // rows X/Xn, Y, Z/Zn from linear RGB
    std::array<float, 9> fromXyz;  // linear RGB from X, Y, Z (not normalized)
};

const Matrices& matrices()
{
    static const Matrices m = [] {
        Matrices r{};
        const cv::Matx33d inverse = kRgbToXyz.inv();
        for (int i = 0; i < 3; ++i) {
            const double norm = i == 0 ? kWhiteX : (i == 2 ? kWhiteZ : 1.0);
            for (int j = 0; j < 3; ++j) {
                r.toXyz[i * 3 + j] = static_cast<float>(kRgbToXyz(i, j) / norm);
                r.fromXyz[i * 3 + j] = static_cast<float>(inverse(i, j));
            }
        }
        return r;
    }();
    return m;
}

struct Rgb {
    float r, g, b;  // linear light
};

// Linear RGB of (L*, a*, b*); fy = (L* + 16) / 116 and Y are passed in, they do not depend on a*b*.
inline Rgb labToLinear(float fy, float y, float a, float b, const Matrices& m)
{
    const float x = static_cast<float>(kWhiteX) * labFInverse(fy + a / 500.0f);
    const float z = static_cast<float>(kWhiteZ) * labFInverse(fy - b / 200.0f);
    const auto& M = m.fromXyz;
    return {M[0] * x + M[1] * y + M[2] * z, M[3] * x + M[4] * y + M[5] * z,
            M[6] * x + M[7] * y + M[8] * z};
}

// How far outside the unit cube, less half the tolerance: <= 0 counts as inside.
inline float gamutExcess(const Rgb& c)
{
    const float over = std::max({c.r, c.g, c.b}) - 1.0f;
    const float under = -std::min({c.r, c.g, c.b});
    return std::max(over, under) - 0.5f * kGamutTolerance;
}

// The largest in-gamut chroma factor s: a root of gamutExcess along s, bracketed by s = 0 (the
// gray axis, always inside) and s = 1, found by false position with the Illinois modification
// (superlinear; ~5 evaluations where bisection needs 16). The returned s is always inside.
inline float chromaScale(float fy, float y, float a, float b, const Matrices& m)
{
    float hi = 1.0f, gHi = gamutExcess(labToLinear(fy, y, a, b, m));
    if (gHi <= 0.0f)
        return 1.0f;
    float lo = 0.0f, gLo = gamutExcess(labToLinear(fy, y, 0.0f, 0.0f, m));
    if (gLo > 0.0f)
        return 0.0f;  // unreachable for L* in [0, 100]; keeps the contract if rounding says so
    int retained = 0;  // -1: hi was kept last time, +1: lo was kept
    for (int i = 0; i < kGamutMaxIterations && hi - lo > kGamutScaleTolerance; ++i) {
        const float s = hi - gHi * (hi - lo) / (gHi - gLo);
        const float g = gamutExcess(labToLinear(fy, y, s * a, s * b, m));
        if (g <= 0.0f) {
            lo = s;
            gLo = g;
            if (retained == -1)
                gHi *= 0.5f;
            retained = -1;
        } else {
            hi = s;
            gHi = g;
            if (retained == +1)
                gLo *= 0.5f;
            retained = +1;
        }
    }
    return lo;
}

template <typename T>
inline T quantize(float linear, const SrgbEncoder& encode)
{
    constexpr float kMax = static_cast<float>(std::numeric_limits<T>::max());
    return static_cast<T>(encode(linear) * kMax + 0.5f);
}

void checkSource(const cv::Mat& image)
{
    if (image.empty())
        throw std::invalid_argument("Lab conversion of an empty image");
    if ((image.depth() != CV_8U && image.depth() != CV_16U)
        || (image.channels() != 1 && image.channels() != 3))
        throw std::invalid_argument("Lab conversion needs 8/16-bit gray or BGR pixels");
}

// Calls perRow(y) for every row, split over OpenCV's worker threads.
template <typename F>
void forEachRow(int rows, F perRow)
{
    cv::parallel_for_(cv::Range(0, rows), [&](const cv::Range& range) {
        for (int y = range.start; y < range.end; ++y)
            perRow(y);
    });
}

// L* of every gray code (R = G = B = code): a gray scan's L* is a table look-up, no cube root.
const std::vector<float>& grayLightnessTable(int depth)
{
    const auto make = [](int codes) {
        const float* decode = decodeTable(codes == 256 ? CV_8U : CV_16U).data();
        const Matrices& m = matrices();
        std::vector<float> t(codes);
        const auto& M = m.toXyz;
        for (int i = 0; i < codes; ++i) {
            const float v = decode[i];
            t[i] = 116.0f * labF(M[3] * v + M[4] * v + M[5] * v) - 16.0f;  // as convertRow computes it
        }
        return t;
    };
    static const std::vector<float> table8 = make(256);
    static const std::vector<float> table16 = make(65536);
    return depth == CV_8U ? table8 : table16;
}

template <typename T>
void grayLightnessRow(const T* src, float* dst, int width, const float* table)
{
    for (int x = 0; x < width; ++x)
        dst[x] = table[src[x]];
}

// Writes L* (and a*, b* when `full`) of one source row.
template <typename T, int Channels, bool Full>
void convertRow(const T* src, float* dst, int width, const float* decode, const Matrices& m)
{
    const auto& M = m.toXyz;
    for (int x = 0; x < width; ++x) {
        float r, g, b;
        if constexpr (Channels == 1) {
            r = g = b = decode[src[x]];
        } else {
            b = decode[src[3 * x]];
            g = decode[src[3 * x + 1]];
            r = decode[src[3 * x + 2]];
        }
        const float fy = labF(M[3] * r + M[4] * g + M[5] * b);
        if constexpr (Full) {
            const float fx = labF(M[0] * r + M[1] * g + M[2] * b);
            const float fz = labF(M[6] * r + M[7] * g + M[8] * b);
            dst[3 * x] = 116.0f * fy - 16.0f;
            dst[3 * x + 1] = 500.0f * (fx - fy);
            dst[3 * x + 2] = 200.0f * (fy - fz);
        } else {
            dst[x] = 116.0f * fy - 16.0f;
        }
    }
}

template <bool Full>
cv::Mat convert(const cv::Mat& image)
{
    checkSource(image);
    cv::Mat out(image.size(), Full ? CV_32FC3 : CV_32FC1);
    const float* decode = decodeTable(image.depth()).data();
    const Matrices& m = matrices();
    const int width = image.cols;
    const bool gray = image.channels() == 1;
    if (gray && !Full) {
        const float* table = grayLightnessTable(image.depth()).data();
        forEachRow(image.rows, [&](int y) {
            if (image.depth() == CV_8U)
                grayLightnessRow(image.ptr<uchar>(y), out.ptr<float>(y), width, table);
            else
                grayLightnessRow(image.ptr<ushort>(y), out.ptr<float>(y), width, table);
        });
        return out;
    }
    forEachRow(image.rows, [&](int y) {
        float* dst = out.ptr<float>(y);
        if (image.depth() == CV_8U) {
            const auto* src = image.ptr<uchar>(y);
            gray ? convertRow<uchar, 1, Full>(src, dst, width, decode, m)
                 : convertRow<uchar, 3, Full>(src, dst, width, decode, m);
        } else {
            const auto* src = image.ptr<ushort>(y);
            gray ? convertRow<ushort, 1, Full>(src, dst, width, decode, m)
                 : convertRow<ushort, 3, Full>(src, dst, width, decode, m);
        }
    });
    return out;
}

template <typename T>
void composeRow(const float* lightness, const cv::Vec2f* ab, T* dst, int width, const Matrices& m,
                const SrgbEncoder& encode)
{
    for (int x = 0; x < width; ++x) {
        const float l = std::clamp(lightness[x], 0.0f, 100.0f);
        const float fy = (l + 16.0f) / 116.0f;
        const float y = labFInverse(fy);
        // A network that diverged (a hostile hint, a damaged model) can hand on inf or NaN:
        // such a pixel is composed gray rather than poisoning the gamut search.
        const float a = std::isfinite(ab[x][0]) ? ab[x][0] : 0.0f;
        const float b = std::isfinite(ab[x][1]) ? ab[x][1] : 0.0f;
        const float s = chromaScale(fy, y, a, b, m);
        const Rgb rgb = labToLinear(fy, y, s * a, s * b, m);
        dst[3 * x] = quantize<T>(rgb.b, encode);
        dst[3 * x + 1] = quantize<T>(rgb.g, encode);
        dst[3 * x + 2] = quantize<T>(rgb.r, encode);
    }
}

}  // namespace

cv::Mat lightness(const cv::Mat& image) { return convert<false>(image); }

cv::Mat bgrToLab(const cv::Mat& image) { return convert<true>(image); }

void composeBgrInto(const cv::Mat& lightness, const cv::Mat& ab, cv::Mat& out)
{
    if (lightness.type() != CV_32FC1 || ab.type() != CV_32FC2 || ab.size() != lightness.size())
        throw std::invalid_argument("composeBgr needs CV_32FC1 L* and CV_32FC2 a*b* of one size");
    if (out.size() != lightness.size() || (out.type() != CV_8UC3 && out.type() != CV_16UC3))
        throw std::invalid_argument("composeBgr writes into CV_8UC3 or CV_16UC3 of the same size");
    const Matrices& m = matrices();
    const SrgbEncoder& encode = srgbEncoder();
    const int width = lightness.cols;
    forEachRow(lightness.rows, [&](int y) {
        const float* l = lightness.ptr<float>(y);
        const auto* c = ab.ptr<cv::Vec2f>(y);
        if (out.depth() == CV_8U)
            composeRow(l, c, out.ptr<uchar>(y), width, m, encode);
        else
            composeRow(l, c, out.ptr<ushort>(y), width, m, encode);
    });
}

cv::Mat composeBgr(const cv::Mat& lightness, const cv::Mat& ab, int depth)
{
    if (depth != CV_8U && depth != CV_16U)
        throw std::invalid_argument("composeBgr writes 8- or 16-bit images only");
    cv::Mat out(lightness.size(), CV_MAKETYPE(depth, 3));
    composeBgrInto(lightness, ab, out);
    return out;
}

float gamutChromaScale(float lightness, float a, float b)
{
    const float fy = (std::clamp(lightness, 0.0f, 100.0f) + 16.0f) / 116.0f;
    return chromaScale(fy, labFInverse(fy), a, b, matrices());
}

}  // namespace colorized::imaging
