#include "commands.h"
#include "samplingoptions.h"

#include "colorized/imaging/hintsfile.h"
#include "colorized/imaging/imagewriter.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"
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
#include <iomanip>
#include <iostream>

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
    BatchProject(const jobs::Provenance& run, int resolution, const std::vector<imaging::ColorHint>& hints)
    {
        settings_.modelPath = run.modelPath.toStdString();
        settings_.modelSha256 = run.modelSha256.toStdString();
        settings_.sampler = run.sampler.toStdString();
        settings_.steps = run.steps;
        settings_.seed = run.seed;
        settings_.candidates = run.candidates;
        settings_.resolution = resolution;
        settings_.bf16 = run.bf16;
        settings_.eta = run.eta;
        for (const auto& hint : hints)
            hints_.push_back({hint.x, hint.y, hintColorText(hint.a, hint.b)});
        project_.software = "colorized-cli " COLORIZED_VERSION;
    }

    void add(const std::string& input, const jobs::Provenance* colorized, int candidate, const std::string& written)
    {
        project::Photo photo;
        photo.path = fs::absolute(input).lexically_normal().string();
        photo.hints = hints_;
        if (colorized) {
            photo.sha256 = colorized->sourceSha256.toStdString();
            photo.render = project::Render{settings_, hints_};
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
    project::RenderSettings settings_;
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
    p.seed = s.seed;
    p.candidates = s.candidates;
    p.bf16 = options.bf16;
    for (const auto& hint : hints)
        p.hints.push_back({hint.x, hint.y, hint.a, hint.b});
    return p;
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
    BatchProject batch(shared, args.sampling.resolution, hints);

    int failures = 0;
    for (const auto& input : args.inputs) {
        bool listed = false;
        const auto started = std::chrono::steady_clock::now();
        try {
            const auto scan = imaging::loadScan(input);
            imaging::PipelineRequest request;
            request.hints = hints;
            request.options = options;
            request.resolution = args.sampling.resolution;
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
            const auto outcome = imaging::colorizeScan(model, scan, request, onFrame);
            jobs::Provenance provenance = shared;
            provenance.sourcePath = localPath(scan.sourcePath);
            provenance.sourceSha256 = jobs::fileSha256(provenance.sourcePath);
            provenance.sourceSize = QSize(scan.pixels.cols, scan.pixels.rows);
            provenance.sourceBitDepth = scan.bitDepth;
            provenance.resolution = request.resolution > 0 ? request.resolution : int(model.info.resolution);
            provenance.date = QDateTime::currentDateTimeUtc();
            const std::string extension = !args.format.empty() ? args.format : (scan.bitDepth == 16 ? "tif" : "png");
            // The most typical candidate is the result; the others follow under their own numbers.
            for (int k = 0; k < options.candidates; ++k) {
                const bool shown = k == outcome->typical;
                if (!shown && !args.allCandidates)
                    continue;
                const std::string suffix = shown ? "_colorized" : "_colorized_candidate" + std::to_string(k);
                const fs::path output = fs::path(args.outputDir) / (stem + suffix + "." + extension);
                const cv::Mat pixels = shown ? outcome->image : imaging::composeCandidate(scan, *outcome, k);
                provenance.file = QString::fromStdString(output.filename().string());
                provenance.candidate = k;
                imaging::ImageWriteOptions writing;
                writing.protectedPaths = args.inputs;
                jobs::writeImageWithProvenance(output.string(), pixels, jobs::provenanceRecord(provenance), writing);
                std::cout << input << " -> " << output.string();
                if (shown)
                    std::cout << "  (" << std::fixed << std::setprecision(2)
                              << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()
                              << " s)";
                std::cout << "\n";
                if (shown) {
                    batch.add(input, &provenance, k, output.string());
                    listed = true;
                }
            }
        } catch (const std::exception& problem) {
            ++failures;
            std::cerr << "colorized-cli: skipped " << input << ": " << problem.what() << "\n";
        }
        if (!listed)
            batch.add(input, nullptr, 0, {});   // listed for review all the same
    }
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
                      "Also write every other candidate as NAME_colorized_candidateK (the result is the most typical one)");
    command->add_option("--project", args->projectFile,
                        "Also write a project file (.colorized) of the run, to review and remake it in the application");
    command->add_option("--format", args->format, "png, tif or jpg (default: tif for 16-bit scans, else png)")
        ->check(CLI::IsMember({"png", "tif", "tiff", "jpg", "jpeg"}));
    args->sampling.addTo(*command);
    command->callback([&run, args] { run = [args] { return runColorize(*args); }; });
}

}  // namespace colorized::cli
