#include "commands.h"
#include "samplingoptions.h"

#include "colorized/imaging/hintsfile.h"
#include "colorized/imaging/imagewriter.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"
#include "colorized/imaging/scanstream.h"
#include "colorized/jobs/filehash.h"
#include "colorized/jobs/projectio.h"
#include "colorized/jobs/provenance.h"
#include "colorized/jobs/provenancewriter.h"

#include <QDateTime>
#include <QFile>
#include <QSize>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <iomanip>
#include <iostream>
#include <memory>

namespace colorized::cli {

namespace {

namespace fs = std::filesystem;

struct ColorizeArguments {
    std::vector<std::string> inputs;
    std::string outputDir;
    std::string hintsFile;
    std::string framesDir;
    std::string format;   // png, tif, jpg; empty: tif for 16-bit scans, png otherwise
    bool allCandidates = false;   // also write every other candidate, not only the shown one
    double inMemoryLimit = imaging::inMemoryMegapixels();   // megapixels; larger scans go in strips
    std::string projectFile;      // also write a project of the run for review in the application
    SamplingArguments sampling;
};

std::vector<imaging::ColorHint> readHints(const std::string& path)
{
    return path.empty() ? std::vector<imaging::ColorHint>{} : imaging::readHintsFile(path);
}

QString localPath(const std::string& path)
{
    return QFile::decodeName(path.c_str());
}

// A hints file gives CIE a*b*; a project keeps the sRGB color an archivist would pick: the hint's
// a*b* at L* 50, rounded to 8 bits (so the application's a*b* is within about 1 of the file's).
std::string hintColorText(double a, double b)
{
    cv::Mat lab(1, 1, CV_32FC3, cv::Scalar(50.0, a, b));
    cv::Mat bgr;
    cv::cvtColor(lab, bgr, cv::COLOR_Lab2BGR);
    const cv::Vec3f pixel = bgr.at<cv::Vec3f>(0, 0);
    char text[8];
    const auto channel = [](float v) { return int(std::lround(std::clamp(v, 0.0f, 1.0f) * 255)); };
    std::snprintf(text, sizeof text, "#%02x%02x%02x", channel(pixel[2]), channel(pixel[1]), channel(pixel[0]));
    return text;
}

// The project `colorize --project` writes: every input, and for each one colorized how it was
// made, the candidate shown and the image written, so the application can open the batch for
// review and remake any result.
class BatchProject {
public:
    explicit BatchProject(const std::vector<imaging::ColorHint>& hints)
    {
        for (const auto& hint : hints)
            hints_.push_back({hint.x, hint.y, hintColorText(hint.a, hint.b), hint.note});
        project_.software = "colorized-cli " COLORIZED_VERSION;
    }

    // `colorized`: the provenance of the image written for `input` (its settings as run), or
    // nothing when it could not be colorized.
    void add(const std::string& input, const jobs::Provenance* colorized, int candidate, const std::string& written)
    {
        project::Photo photo;
        photo.path = fs::absolute(input).lexically_normal().string();
        photo.hints = hints_;
        if (colorized) {
            photo.sha256 = colorized->sourceSha256.toStdString();
            photo.render = project::Render{jobs::renderSettingsOf(*colorized), hints_};
            photo.candidate = candidate;
            photo.exported = project::Export{fs::absolute(written).lexically_normal().string(),
                                             jobs::projectTimeOf(colorized->date), true};
        }
        project_.photos.push_back(photo);
    }

    void save(const std::string& path)
    {
        project_.current = project_.photos.empty() ? -1 : 0;
        const QString error = jobs::saveProjectFile(localPath(path), project_);
        if (!error.isEmpty())
            throw std::runtime_error(error.toStdString());
    }

private:
    project::Project project_;
    std::vector<project::Hint> hints_;
};

// What every image written from one run shares: the model and the sampling as run (bf16 as
// used, not as asked for: the processor may have refused it).
jobs::Provenance runProvenance(const SamplingArguments& s, const ColorizeOptions& options, const LoadedModel& model,
                               const std::string& modelPath, const std::vector<imaging::ColorHint>& hints)
{
    jobs::Provenance p;
    p.modelName = QString::fromStdString(model.info.name);
    p.modelPath = localPath(modelPath);
    p.modelSha256 = QString::fromStdString(model.sha256);
    p.sampler = QString::fromStdString(toString(s.samplerKind()));
    p.steps = int(s.stepCount(model.info.schedule.timesteps));
    p.eta = s.eta;
    const GuidanceSettings guidance = guidanceSettingsFor(options, model.info);
    p.guidance = guidance.guidance;
    p.guidanceCutoff = guidance.cutoff;
    p.damping = guidance.damping;
    p.seed = s.seed;
    p.candidates = s.candidates;
    p.bf16 = options.bf16;
    p.hintStrength = s.hintStrength;
    p.hintRadius = s.hintRadius;
    for (const auto& hint : hints)
        p.hints.push_back({hint.x, hint.y, hint.a, hint.b, QString::fromStdString(hint.note)});
    return p;
}

std::string outputExtension(const ColorizeArguments& args, int bitDepth)
{
    return !args.format.empty() ? args.format : (bitDepth == 16 ? "tif" : "png");
}

jobs::Provenance sourceProvenance(const jobs::Provenance& shared, const std::string& input, cv::Size size,
                                  int bitDepth, int resolution)
{
    jobs::Provenance provenance = shared;
    provenance.sourcePath = localPath(input);
    provenance.sourceSha256 = jobs::fileSha256(provenance.sourcePath);
    provenance.sourceSize = QSize(size.width, size.height);
    provenance.sourceBitDepth = bitDepth;
    provenance.resolution = resolution;
    provenance.date = QDateTime::currentDateTimeUtc();
    return provenance;
}

std::string outputName(const std::string& stem, int candidate, bool shown, const std::string& extension)
{
    return stem + (shown ? "_colorized" : "_colorized_candidate" + std::to_string(candidate)) + "." + extension;
}

std::string shownOutputPath(const ColorizeArguments& args, const std::string& stem, int bitDepth)
{
    return (fs::path(args.outputDir) / outputName(stem, 0, true, outputExtension(args, bitDepth))).string();
}

// A scan over --in-memory-limit: read twice in bands and written band by band
// (colorizeScanInStrips), the shown candidate only, as PNG or TIFF. Refused, with the limit
// and how to raise it, when its format cannot be read in strips.
struct StripResult {
    jobs::Provenance provenance;   // of the written file, with its candidate
    std::string path;
};

StripResult colorizeInStrips(const ColorizeArguments& args, LoadedModel& model, const jobs::Provenance& shared,
                             imaging::PipelineRequest request, const std::string& input, cv::Size size)
{
    std::unique_ptr<imaging::ScanRowReader> reader;
    try {
        reader = imaging::openScanRowReader(input);
    } catch (const imaging::ScanStreamError& error) {
        throw imaging::ScanTooLargeError(imaging::tooLargeMessage(input, size, args.inMemoryLimit, error.what()));
    }
    if (!reader)
        throw imaging::ScanTooLargeError(imaging::tooLargeMessage(
            input, size, args.inMemoryLimit, "Only PNG and TIFF files can be read in strips."));
    const int bitDepth = reader->format().bitDepth;
    reader.reset();
    const std::string extension = outputExtension(args, bitDepth);
    if (extension == "jpg" || extension == "jpeg")
        throw std::invalid_argument("A scan this large is written in strips, as PNG or TIFF: choose --format png or tif.");
    const fs::path output = shownOutputPath(args, fs::path(input).stem().string(), bitDepth);
    std::cerr << input << ": " << size.width << " x " << size.height
              << " pixels, over the in-memory limit: colorized in strips\n";

    const int resolution = request.resolution > 0 ? request.resolution : int(model.info.resolution);
    jobs::Provenance provenance = sourceProvenance(shared, input, size, bitDepth, resolution);
    provenance.file = QString::fromStdString(output.filename().string());
    request.photoKey = imaging::photoNoiseKey(provenance.sourceSha256.toStdString());
    imaging::StripOutput strips;
    strips.path = output.string();
    strips.protectedPaths = args.inputs;
    strips.metadata = [&provenance](const imaging::ColorizeOutcome& outcome) {
        provenance.candidate = outcome.shown;
        return jobs::provenanceMetadata(jobs::provenanceRecord(provenance));
    };
    strips.onBand = [shown = -1](imaging::StripPass pass, int rowsDone, int rows) mutable {
        const int percent = int(int64_t(rowsDone) * 100 / rows);
        if (percent == shown)
            return;
        shown = percent == 100 ? -1 : percent;
        std::cerr << "\r  " << (pass == imaging::StripPass::WorkingLightness ? "reading L*" : "composing and writing")
                  << ": " << percent << " %" << (percent == 100 ? "\n" : "") << std::flush;
    };
    if (!imaging::colorizeScanInStrips(model, input, request, strips))
        throw std::runtime_error("The colorization of " + input + " was cancelled.");
    const QString error = jobs::writeSidecar(localPath(output.string()), jobs::provenanceRecord(provenance));
    if (!error.isEmpty())
        throw jobs::SidecarError(error.toStdString());
    std::cout << input << " -> " << output.string();
    return {provenance, output.string()};
}

// Writes the shown candidate (and with --all-candidates the others) with their provenance;
// returns the lines to print. Throws when a file cannot be written.
std::string writeResults(const ColorizeArguments& args, const std::string& input, const std::string& stem,
                         std::chrono::steady_clock::time_point started, const imaging::ScanImage& scan,
                         jobs::Provenance provenance, const imaging::ColorizeOutcome& outcome, int candidates)
{
    std::ostringstream printed;
    const std::string extension = outputExtension(args, scan.bitDepth);
    // The consensus (or the only candidate) is the result; the candidates follow under their own
    // numbers.
    for (int k = 0; k < resultCount(candidates); ++k) {
        const bool shown = k == outcome.shown;
        if (!shown && !args.allCandidates)
            continue;
        const fs::path output = fs::path(args.outputDir) / outputName(stem, k, shown, extension);
        const cv::Mat pixels = shown ? outcome.image : imaging::composeCandidate(scan, outcome, k);
        provenance.file = QString::fromStdString(output.filename().string());
        provenance.candidate = k;
        imaging::ImageWriteOptions writing;
        writing.protectedPaths = args.inputs;
        jobs::writeImageWithProvenance(output.string(), pixels, jobs::provenanceRecord(provenance), writing);
        printed << input << " -> " << output.string();
        if (shown)
            printed << "  (" << std::fixed << std::setprecision(2)
                    << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s)";
        printed << "\n";
    }
    return printed.str();
}

int runColorize(const ColorizeArguments& args)
{
    configureThreads(args.sampling.threads);
    const auto options = args.sampling.toOptions();
    const auto hints = readHints(args.hintsFile);
    std::error_code error;
    fs::create_directories(args.outputDir, error);
    if (!fs::is_directory(args.outputDir))
        throw std::runtime_error("Cannot create the output folder " + args.outputDir + ".");
    for (const auto& input : args.inputs) {
        if (imaging::sameFile(input, args.outputDir))
            throw std::invalid_argument("The output folder " + args.outputDir + " is one of the inputs.");
        if (!args.projectFile.empty() && imaging::sameFile(input, args.projectFile))
            throw std::invalid_argument("The project file " + args.projectFile + " is one of the inputs.");
    }

    const std::string modelPath = args.sampling.modelPath();
    auto model = loadModel(modelPath);
    std::cerr << "model " << model.info.name << " (" << modelPath << ")\n";
    const jobs::Provenance shared = runProvenance(args.sampling, options, model, modelPath, hints);
    if (!args.projectFile.empty() && !hints.empty())
        std::cerr << "colorized-cli: the project records the hints as sRGB colors (a*b* at L* 50, 8 bits): "
                     "remade in the application, a result may differ slightly from this run's.\n";
    BatchProject batch(hints);

    int failures = 0;
    // The previous scan's results, encoded and written on a thread of their own while the next
    // scan is read and sampled; what it printed, or its error, is reported here, in order.
    std::future<std::string> writing;
    std::string writingInput;
    struct Written {
        jobs::Provenance provenance;
        int candidate = 0;
        std::string path;
    } written;
    const auto finishWriting = [&] {
        if (!writing.valid())
            return;
        try {
            std::cout << writing.get() << std::flush;
            batch.add(writingInput, &written.provenance, written.candidate, written.path);
        } catch (const std::exception& problem) {
            ++failures;
            std::cerr << "colorized-cli: skipped " << writingInput << ": " << problem.what() << "\n";
            batch.add(writingInput, nullptr, 0, {});   // listed for review all the same
        }
    };
    for (const auto& input : args.inputs) {
        const auto started = std::chrono::steady_clock::now();
        try {
            imaging::PipelineRequest request;
            request.hints = hints;
            request.options = options;
            request.resolution = args.sampling.resolution;
            args.sampling.applyHintGuidance(request);
            const cv::Size size = imaging::scanSizeFromHeader(input);
            if (double(size.width) * size.height > args.inMemoryLimit * 1e6) {
                finishWriting();   // one scan's full-resolution data at a time
                const StripResult strips = colorizeInStrips(args, model, shared, request, input, size);
                batch.add(input, &strips.provenance, strips.provenance.candidate, strips.path);
                std::cout << "  (" << std::fixed << std::setprecision(2)
                          << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()
                          << " s)\n";
                continue;
            }
            const auto scan = imaging::loadScan(input, args.inMemoryLimit);
            const std::string stem = fs::path(input).stem().string();
            std::function<void(const imaging::ColorizeFrame&)> onFrame;
            if (!args.framesDir.empty()) {
                fs::create_directories(args.framesDir, error);
                onFrame = [&](const imaging::ColorizeFrame& frame) {
                    std::ostringstream name;
                    name << stem << "_step" << std::setw(4) << std::setfill('0') << frame.index;
                    cv::imwrite((fs::path(args.framesDir) / (name.str() + "_xt.png")).string(), frame.noisy.front());
                    cv::imwrite((fs::path(args.framesDir) / (name.str() + "_x0.png")).string(), frame.predicted.front());
                };
            }
            const jobs::Provenance provenance =
                sourceProvenance(shared, scan.sourcePath, scan.pixels.size(), scan.bitDepth,
                                 request.resolution > 0 ? request.resolution : int(model.info.resolution));
            request.photoKey = imaging::photoNoiseKey(provenance.sourceSha256.toStdString());
            const auto outcome = imaging::colorizeScan(model, scan, request, onFrame);
            finishWriting();
            writingInput = input;
            written = {provenance, outcome->shown, shownOutputPath(args, stem, scan.bitDepth)};
            // Captured by value: cv::Mat and tensors share their pixels, nothing is copied.
            writing = std::async(std::launch::async, [&args, input, stem, started, scan, provenance,
                                                      outcome = *outcome, candidates = options.candidates] {
                return writeResults(args, input, stem, started, scan, provenance, outcome, candidates);
            });
        } catch (const std::exception& problem) {
            finishWriting();
            ++failures;
            std::cerr << "colorized-cli: skipped " << input << ": " << problem.what() << "\n";
            batch.add(input, nullptr, 0, {});   // listed for review all the same
        }
    }
    finishWriting();
    if (!args.projectFile.empty()) {
        batch.save(args.projectFile);
        std::cout << "project " << args.projectFile << "\n";
    }
    return failures == 0 ? kExitOk : kExitBadInput;
}

}  // namespace

void addColorizeCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand("colorize", "Colorize scans; originals are never modified or overwritten.");
    auto args = std::make_shared<ColorizeArguments>();
    command->add_option("inputs", args->inputs, "Scans to colorize (JPEG, PNG, TIFF; 8 or 16 bit)")->required();
    command->add_option("-o,--output", args->outputDir, "Folder for the results")->required();
    command->add_option("--hints", args->hintsFile, "JSON file of color hints [{x, y, a, b}]");
    command->add_option("--frames", args->framesDir, "Also write every step's x_t and predicted x_0 here");
    command->add_flag("--all-candidates", args->allCandidates,
                      "Also write every candidate as NAME_colorized_candidateK (the result is their consensus)");
    command->add_option("--in-memory-limit", args->inMemoryLimit,
                        "Megapixels a scan may have to be loaded whole; larger PNG and TIFF scans are read and "
                        "written in strips, other larger files refused (default: $COLORIZED_IN_MEMORY_MEGAPIXELS, "
                        "else 100)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    command->add_option("--project", args->projectFile,
                        "Also write a project file (.colorized) of the run, to review and remake it in the application");
    command->add_option("--format", args->format, "png, tif or jpg (default: tif for 16-bit scans, else png)")
        ->check(CLI::IsMember({"png", "tif", "tiff", "jpg", "jpeg"}));
    args->sampling.addTo(*command);
    command->callback([&run, args] { run = [args] { return runColorize(*args); }; });
}

}  // namespace colorized::cli
