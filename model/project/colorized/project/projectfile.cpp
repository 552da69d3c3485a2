#include "colorized/project/projectfile.h"

#include "colorized/core/boundedfile.h"
#include "colorized/core/samplerkind.h"
#include "colorized/core/samplingdefaults.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>
#include <type_traits>

namespace colorized::project {

namespace {

using nlohmann::json;

// What a text field must look like beyond its length.
enum class Text { Any, NonEmpty, Sha256, Color, Time, Sampler, Review, Note };

std::string decimal(double value)
{
    std::ostringstream text;
    text.precision(17);
    text << value;
    return text.str();
}

bool allHex(const std::string& text, size_t from)
{
    for (size_t i = from; i < text.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    return true;
}

bool isDigits(const std::string& text, size_t from, size_t count)
{
    for (size_t i = from; i < from + count; ++i)
        if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i])))
            return false;
    return true;
}

// 2026-11-30T14:05:09Z, optionally with milliseconds (…:09.123Z).
bool isUtcTime(const std::string& text)
{
    if (text.size() != 20 && text.size() != 24)
        return false;
    const bool shape = isDigits(text, 0, 4) && text[4] == '-' && isDigits(text, 5, 2) && text[7] == '-'
                       && isDigits(text, 8, 2) && text[10] == 'T' && isDigits(text, 11, 2) && text[13] == ':'
                       && isDigits(text, 14, 2) && text[16] == ':' && isDigits(text, 17, 2) && text.back() == 'Z';
    return shape && (text.size() == 20 || (text[19] == '.' && isDigits(text, 20, 3)));
}

// Why `text` is not a `kind`, or nothing when it is.
std::optional<std::string> textProblem(const std::string& text, Text kind)
{
    if (text.find('\0') != std::string::npos)
        return "holds a NUL character";
    switch (kind) {
    case Text::Any:
        return std::nullopt;
    case Text::NonEmpty:
        if (text.empty())
            return "is empty";
        return std::nullopt;
    case Text::Sha256:
        if (!text.empty() && (text.size() != 64 || !allHex(text, 0)))
            return "is not a SHA-256 in hexadecimal (64 digits)";
        return std::nullopt;
    case Text::Color:
        if ((text.size() != 7 && text.size() != 13) || text[0] != '#' || !allHex(text, 1))
            return "is not a color written #rrggbb or #rrrrggggbbbb";
        return std::nullopt;
    case Text::Time:
        if (!isUtcTime(text))
            return "is not a UTC time written 2026-11-30T14:05:09Z";
        return std::nullopt;
    case Text::Note:
        if (text.size() > size_t(ProjectLimits::kMaxNoteBytes))
            return "is longer than " + std::to_string(ProjectLimits::kMaxNoteBytes) + " bytes";
        for (const char c : text)
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
                return "holds a control character";
        return std::nullopt;
    case Text::Review:
        for (const char* state : kReviewStates)
            if (text == state)
                return std::nullopt;
        return "is not a review state (to review, accepted, redo or rejected)";
    case Text::Sampler:
        try {
            samplerKindFromString(text);
        } catch (const std::invalid_argument&) {
            return "names no sampler (" + samplerNamesInProse() + ")";
        }
        return std::nullopt;
    }
    return std::nullopt;
}

// ---- The fields of each record, listed once for writing and for reading ----------------------
//
// `v` is a Writer or a Reader; `P` is the record, const when writing.

template <class P, class T>
using If = std::enable_if_t<std::is_same_v<std::remove_const_t<P>, T>>;

template <class V, class P>
If<P, Hint> fields(V& v, P& hint)
{
    v.real("x", hint.x, 0.0, 1.0);
    v.real("y", hint.y, 0.0, 1.0);
    v.text("color", hint.color, Text::Color);
    v.text("note", hint.note, Text::Note);
}

template <class V, class P>
If<P, RenderSettings> fields(V& v, P& s)
{
    v.text("model", s.modelPath, Text::Any);
    v.text("modelSha256", s.modelSha256, Text::Sha256);
    v.text("sampler", s.sampler, Text::Sampler);
    v.integer("steps", s.steps, 1, ProjectLimits::kMaxSteps);
    v.seed("seed", s.seed);
    v.integer("candidates", s.candidates, 1, ProjectLimits::kMaxCandidates);
    v.integer("resolution", s.resolution, 0, ProjectLimits::kMaxResolution);
    v.boolean("bf16", s.bf16);
    v.real("eta", s.eta, 0.0, 1.0);
    v.real("guidance", s.guidance, 0.0, kMaxGuidance);
    v.real("guidanceCutoff", s.guidanceCutoff, 0.0, 1.0);
    v.real("damping", s.damping, 0.0, kMaxDamping);
    v.boolean("noisePerPhoto", s.noisePerPhoto);
    v.real("hintStrength", s.hintStrength, 0.0, 1.0);
}

template <class V, class P>
If<P, Render> fields(V& v, P& render)
{
    v.object("settings", render.settings);
    v.list("hints", render.hints, ProjectLimits::kMaxHints);
}

template <class V, class P>
If<P, Branch> fields(V& v, P& branch)
{
    v.integer("parent", branch.parent, -1, ProjectLimits::kMaxBranches - 2);
    v.integer("fromStep", branch.fromStep, 0, ProjectLimits::kMaxSteps - 1);
    v.integer("fromCandidate", branch.fromCandidate, 0, ProjectLimits::kMaxCandidates - 1);
    v.object("render", branch.render);
    v.integer("candidate", branch.candidate, 0, ProjectLimits::kMaxCandidates - 1);
}

template <class V, class P>
If<P, Export> fields(V& v, P& exported)
{
    v.text("path", exported.path, Text::NonEmpty);
    v.text("time", exported.time, Text::Time);
    v.boolean("upToDate", exported.upToDate);
}

template <class V, class P>
If<P, Photo> fields(V& v, P& photo)
{
    v.text("path", photo.path, Text::NonEmpty);
    v.text("sha256", photo.sha256, Text::Sha256);
    v.list("hints", photo.hints, ProjectLimits::kMaxHints);
    v.optional("render", photo.render);
    v.integer("candidate", photo.candidate, 0, ProjectLimits::kMaxCandidates - 1);
    v.list("branches", photo.branches, ProjectLimits::kMaxBranches);
    v.integer("shownBranch", photo.shownBranch, 0, ProjectLimits::kMaxBranches - 1);
    v.optional("export", photo.exported);
    v.text("review", photo.review, Text::Review);
}

template <class V, class P>
If<P, Project> fields(V& v, P& project)
{
    v.text("software", project.software, Text::Any);
    v.list("photos", project.photos, ProjectLimits::kMaxPhotos);
    v.integer("current", project.current, -1, ProjectLimits::kMaxPhotos - 1);
}

// ---- Writing -------------------------------------------------------------------------------

class Writer {
public:
    explicit Writer(json& node) : node_(node) {}

    void text(const char* name, const std::string& value, Text) { node_[name] = value; }
    void integer(const char* name, int value, int, int) { node_[name] = value; }
    void seed(const char* name, uint64_t value) { node_[name] = value; }
    void real(const char* name, double value, double, double) { node_[name] = value; }
    void boolean(const char* name, bool value) { node_[name] = value; }

    template <class T>
    void object(const char* name, const T& value)
    {
        node_[name] = objectOf(value);
    }
    template <class T>
    void optional(const char* name, const std::optional<T>& value)
    {
        if (value)
            object(name, *value);
    }
    template <class T>
    void list(const char* name, const std::vector<T>& values, int)
    {
        json items = json::array();
        for (const T& value : values)
            items.push_back(objectOf(value));
        node_[name] = std::move(items);
    }

    template <class T>
    static json objectOf(const T& value)
    {
        json node = json::object();
        Writer writer(node);
        fields(writer, value);
        return node;
    }

private:
    json& node_;
};

// ---- Reading -------------------------------------------------------------------------------

// Reads the fields present in one JSON object into a record, each checked; an absent field
// keeps the record's default. `where` is the object's place in the file ("photos[3].render.").
class Reader {
public:
    Reader(const json& node, std::string where, const std::string& path)
        : node_(node), where_(std::move(where)), path_(path)
    {
    }

    [[noreturn]] void fail(const std::string& field, const std::string& what) const
    {
        throw ProjectFileError("The project file " + path_ + " cannot be used: " + where_ + field + " " + what + ".");
    }

    void text(const char* name, std::string& value, Text kind)
    {
        const json* found = find(name);
        if (!found && kind == Text::NonEmpty)
            fail(name, "is missing");   // a photo or an export without a path means nothing
        if (!found)
            return;
        if (!found->is_string())
            fail(name, "is " + shown(*found) + ", not text");
        std::string text = found->get<std::string>();
        if (text.size() > size_t(ProjectLimits::kMaxTextBytes))
            fail(name, "is longer than " + std::to_string(ProjectLimits::kMaxTextBytes) + " bytes");
        if (const auto problem = textProblem(text, kind))
            fail(name, shown(*found) + " " + *problem);
        value = std::move(text);
    }

    void integer(const char* name, int& value, int min, int max)
    {
        const json* found = find(name);
        if (!found)
            return;
        if (!found->is_number_integer())
            fail(name, "is " + shown(*found) + ", not a whole number");
        // Read as unsigned first: a number beyond int64_t is stored so, and must not wrap.
        const bool inRange = found->is_number_unsigned()
                                 ? found->get<uint64_t>() <= uint64_t(max) && int64_t(found->get<uint64_t>()) >= min
                                 : found->get<int64_t>() >= min && found->get<int64_t>() <= max;
        if (!inRange)
            fail(name, "is " + found->dump() + ", outside " + std::to_string(min) + " to " + std::to_string(max));
        value = int(found->get<int64_t>());
    }

    void seed(const char* name, uint64_t& value)
    {
        const json* found = find(name);
        if (!found)
            return;
        if (!found->is_number_unsigned())
            fail(name, "is " + shown(*found) + ", not a whole number from 0 to 18446744073709551615");
        value = found->get<uint64_t>();
    }

    void real(const char* name, double& value, double min, double max)
    {
        const json* found = find(name);
        if (!found)
            return;
        if (!found->is_number())
            fail(name, "is " + shown(*found) + ", not a number");
        const double number = found->get<double>();
        if (!std::isfinite(number) || number < min || number > max)
            fail(name, "is " + decimal(number) + ", outside " + decimal(min) + " to " + decimal(max));
        value = number;
    }

    void boolean(const char* name, bool& value)
    {
        const json* found = find(name);
        if (!found)
            return;
        if (!found->is_boolean())
            fail(name, "is " + shown(*found) + ", not true or false");
        value = found->get<bool>();
    }

    template <class T>
    void object(const char* name, T& value)
    {
        if (const json* found = find(name))
            read(*found, name, value);
    }

    template <class T>
    void optional(const char* name, std::optional<T>& value)
    {
        const json* found = find(name);
        if (!found || found->is_null()) {
            value.reset();
            return;
        }
        value.emplace();
        read(*found, name, *value);
    }

    template <class T>
    void list(const char* name, std::vector<T>& values, int maxCount)
    {
        const json* found = find(name);
        if (!found)
            return;
        if (!found->is_array())
            fail(name, "is " + shown(*found) + ", not a list");
        if (found->size() > size_t(maxCount))
            fail(name, "has " + std::to_string(found->size()) + " entries, more than " + std::to_string(maxCount));
        values.assign(found->size(), T{});
        for (size_t i = 0; i < found->size(); ++i)
            read((*found)[i], std::string(name) + "[" + std::to_string(i) + "]", values[i]);
    }

    template <class T>
    void read(const json& node, const std::string& name, T& value)
    {
        if (!node.is_object())
            fail(name, "is " + shown(node) + ", not an object");
        Reader reader(node, where_ + name + ".", path_);
        fields(reader, value);
    }

private:
    const json* find(const char* name) const
    {
        const auto found = node_.find(name);
        return found == node_.end() ? nullptr : &*found;
    }

    static std::string shortened(const std::string& text)
    {
        return text.size() <= 40 ? text : text.substr(0, 40) + "…";
    }

    static std::string shown(const json& value)
    {
        if (value.is_object())
            return "an object";
        if (value.is_array())
            return "a list";
        // Escaped as JSON: a NUL or a line break in the value must not end or split the sentence.
        return shortened(value.dump(-1, ' ', false, json::error_handler_t::replace));
    }

    const json& node_;
    std::string where_;
    const std::string& path_;
};

std::string number(size_t value)
{
    return std::to_string(value);
}

// "4 candidates and their consensus (results 0 to 4)", "1 candidate (result 0)".
std::string resultsMade(int drawn)
{
    if (drawn < 2)
        return "1 candidate (result 0)";
    return std::to_string(drawn) + " candidates and their consensus (results 0 to " + std::to_string(drawn) + ")";
}

// A branch's place in its photo and the steps and candidates it refers to. `at` is its place in
// the file ("photos[0].branches[2].").
void checkBranch(const Photo& photo, size_t index, const std::string& at, const Reader& top)
{
    const Branch& branch = photo.branches[index];
    const RenderSettings& settings = branch.render.settings;
    if (branch.candidate >= resultCount(settings.candidates))
        top.fail(at + "candidate", "is " + std::to_string(branch.candidate) + ", but the branch made "
                                       + resultsMade(settings.candidates));
    if (branch.parent < 0) {
        if (branch.fromStep != 0 || branch.fromCandidate != 0)
            top.fail(at + (branch.fromStep != 0 ? "fromStep" : "fromCandidate"),
                     "is not 0, but the branch is a run from noise (its parent is -1)");
        return;
    }
    if (index == 0)
        top.fail(at + "parent", "is " + std::to_string(branch.parent) + ", but the first branch can only be a run from noise (-1)");
    if (size_t(branch.parent) >= index)
        top.fail(at + "parent", "is " + std::to_string(branch.parent) + ", not an earlier branch (0 to "
                                    + std::to_string(int(index) - 1) + ", or -1 for a run from noise)");
    const RenderSettings& parent = photo.branches[size_t(branch.parent)].render.settings;
    if (settings.steps != parent.steps)
        top.fail(at + "render.settings.steps", "is " + std::to_string(settings.steps) + ", but the branch it continues ran "
                                                   + std::to_string(parent.steps) + " steps");
    if (branch.fromStep >= parent.steps)
        top.fail(at + "fromStep", "is " + std::to_string(branch.fromStep) + ", outside 0 to "
                                      + std::to_string(parent.steps - 1) + ", the steps of the branch it continues");
    if (branch.fromCandidate >= resultCount(parent.candidates))
        top.fail(at + "fromCandidate", "is " + std::to_string(branch.fromCandidate) + ", but the branch it continues made "
                                           + resultsMade(parent.candidates));
}

// The branches against each other and against the photo's `render` and `candidate`, which are
// the shown branch's. A photo written before branches gets one, from noise, made of them.
void checkBranches(Photo& photo, const std::string& where, const Reader& top)
{
    if (photo.branches.empty()) {
        if (photo.shownBranch != 0)
            top.fail(where + "shownBranch", "is " + std::to_string(photo.shownBranch) + ", but the photo lists no branches");
        photo.branches = branchesOf(photo);
        return;
    }
    for (size_t i = 0; i < photo.branches.size(); ++i)
        checkBranch(photo, i, where + "branches[" + number(i) + "].", top);
    if (size_t(photo.shownBranch) >= photo.branches.size())
        top.fail(where + "shownBranch", "is " + std::to_string(photo.shownBranch) + ", but the photo has "
                                            + number(photo.branches.size()) + " branch(es)");
    const Branch& shown = photo.branches[size_t(photo.shownBranch)];
    if (!photo.render)
        top.fail(where + "render", "is missing, but the photo lists branches (it is the shown branch's render)");
    if (Writer::objectOf(*photo.render) != Writer::objectOf(shown.render) || photo.candidate != shown.candidate)
        top.fail(where + "render", "or candidate differs from branches[" + std::to_string(photo.shownBranch)
                                       + "]'s, the branch shown");
}

// What the fields cannot say alone: the current photo exists, each photo is listed once, the
// chosen candidate is one of those its render made, and the branches hang together.
void checkConsistency(Project& project, const Reader& top)
{
    if (project.current >= int(project.photos.size()))
        top.fail("current", "is " + std::to_string(project.current) + ", but the project has "
                                + number(project.photos.size()) + " photo(s)");
    std::set<std::string> paths;
    for (size_t i = 0; i < project.photos.size(); ++i) {
        Photo& photo = project.photos[i];
        const std::string where = "photos[" + number(i) + "].";
        if (!paths.insert(photo.path).second)
            top.fail(where + "path", "lists " + photo.path + " a second time");
        const int drawn = photo.render ? photo.render->settings.candidates : 1;
        if (photo.candidate >= resultCount(drawn))
            top.fail(where + "candidate", "is " + std::to_string(photo.candidate) + ", but its render made "
                                              + resultsMade(drawn));
        checkBranches(photo, where, top);
    }
}

}  // namespace

std::string projectJson(const Project& project)
{
    json root = json::object();
    root["format"] = kFormatName;
    root["version"] = kSchemaVersion;
    Writer writer(root);
    fields(writer, project);
    return root.dump(1) + "\n";
}

Project parseProject(const std::string& text, const std::string& path)
{
    if (text.size() > ProjectLimits::kMaxBytes)
        throw ProjectFileError("The project file " + path + " cannot be used: it is larger than "
                               + byteLimitText(ProjectLimits::kMaxBytes) + ".");
    const json root = json::parse(text, nullptr, false);
    if (root.is_discarded())
        throw ProjectFileError("The project file " + path + " cannot be used: it is not JSON (damaged or not a project).");
    if (!root.is_object())
        throw ProjectFileError("The project file " + path + " cannot be used: it is not a COLORIZED project.");
    Reader top(root, "", path);
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != kFormatName)
        throw ProjectFileError("The project file " + path + " cannot be used: it is not a COLORIZED project (no \"format\": \""
                               + kFormatName + "\").");
    Project project;
    project.version = 0;
    top.integer("version", project.version, 1, std::numeric_limits<int>::max());
    if (project.version == 0)
        top.fail("version", "is missing");
    if (project.version > kSchemaVersion)
        throw ProjectFileError("The project file " + path + " was written by a newer COLORIZED (project format "
                               + std::to_string(project.version) + "; this version reads up to "
                               + std::to_string(kSchemaVersion) + "): open it there, or update COLORIZED.");
    fields(top, project);
    checkConsistency(project, top);
    return project;
}

Project readProjectFile(const std::string& path)
{
    std::string text;
    try {
        text = readBoundedFile(path, ProjectLimits::kMaxBytes);
    } catch (const BoundedFileError& why) {
        throw ProjectFileError("Cannot read the project file " + path + ": " + why.what() + ".");
    }
    return parseProject(text, path);
}

}  // namespace colorized::project
