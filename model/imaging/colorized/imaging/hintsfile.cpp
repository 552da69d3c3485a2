#include "colorized/imaging/hintsfile.h"

#include "colorized/core/boundedfile.h"
#include "colorized/core/decimaltext.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace colorized::imaging {

namespace {

[[noreturn]] void invalid(const std::string& path, const std::string& what)
{
    throw HintsFileError("The hints file " + path + " is not valid (" + what
                         + "): expected [{\"x\": 0.5, \"y\": 0.3, \"a\": 20, \"b\": -30}, ...] with x, y as fractions of "
                           "the width and height and a, b in CIE Lab between -" + decimalText(kHintAbLimit) + " and "
                         + decimalText(kHintAbLimit) + ".");
}

[[noreturn]] void unreadable(const std::string& path, const std::string& why)
{
    throw HintsFileError("Cannot read the hints file " + path + ": " + why + ".");
}

double number(const nlohmann::json& item, const char* field, double min, double max, size_t index,
              const std::string& path)
{
    const std::string hint = "hint " + std::to_string(index + 1) + " ";
    const auto found = item.find(field);
    if (found == item.end())
        invalid(path, hint + "has no " + field);
    if (!found->is_number())
        invalid(path, hint + "has " + field + " = " + found->dump() + ", not a number");
    const double value = found->get<double>();
    if (!std::isfinite(value) || value < min || value > max)
        invalid(path, hint + "has " + field + " = " + decimalText(value) + ", outside " + decimalText(min) + " to " + decimalText(max));
    return value;
}

// The optional evidence note: a string (the parser has checked its UTF-8) that fits the limit
// and holds no control characters other than tab and line breaks.
std::string note(const nlohmann::json& item, size_t index, const std::string& path)
{
    const auto found = item.find("note");
    if (found == item.end())
        return {};
    const std::string hint = "hint " + std::to_string(index + 1) + " ";
    if (!found->is_string())
        invalid(path, hint + "has a note that is not a string");
    const auto& text = found->get_ref<const std::string&>();
    if (text.size() > kHintNoteMaxBytes)
        invalid(path, hint + "has a note of " + std::to_string(text.size()) + " bytes, more than "
                          + std::to_string(kHintNoteMaxBytes));
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7f)
            invalid(path, hint + "has a control character in its note");
    }
    return text;
}

ColorHint hintFrom(const nlohmann::json& item, size_t index, const std::string& path)
{
    if (!item.is_object())
        invalid(path, "hint " + std::to_string(index + 1) + " is not an object");
    ColorHint hint;
    hint.x = number(item, "x", 0.0, 1.0, index, path);
    hint.y = number(item, "y", 0.0, 1.0, index, path);
    hint.a = number(item, "a", -kHintAbLimit, kHintAbLimit, index, path);
    hint.b = number(item, "b", -kHintAbLimit, kHintAbLimit, index, path);
    hint.note = note(item, index, path);
    return hint;
}

}  // namespace

std::vector<ColorHint> parseHints(const std::string& text, const std::string& path)
{
    if (text.size() > HintsFileLimits::kMaxBytes)
        unreadable(path, "it is larger than " + byteLimitText(HintsFileLimits::kMaxBytes));
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded())
        invalid(path, "it is not JSON");
    if (!json.is_array())
        invalid(path, "it is not a list");
    if (json.size() > HintsFileLimits::kMaxHints)
        invalid(path, "it has " + std::to_string(json.size()) + " hints, more than "
                          + std::to_string(HintsFileLimits::kMaxHints));
    std::vector<ColorHint> hints;
    hints.reserve(json.size());
    for (size_t i = 0; i < json.size(); ++i)
        hints.push_back(hintFrom(json[i], i, path));
    return hints;
}

std::vector<ColorHint> readHintsFile(const std::string& path)
{
    std::string text;
    try {
        text = readBoundedFile(path, HintsFileLimits::kMaxBytes);
    } catch (const BoundedFileError& why) {
        unreadable(path, why.what());
    }
    return parseHints(text, path);
}

}  // namespace colorized::imaging
