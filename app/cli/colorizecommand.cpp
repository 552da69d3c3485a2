#include "commands.h"
#include "samplingoptions.h"

#include "colorized/imaging/hintsfile.h"
#include "colorized/imaging/imagewriter.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"
#include "colorized/jobs/filehash.h"
#include "colorized/jobs/provenance.h"
#include "colorized/jobs/provenancewriter.h"

#include <QDateTime>
#include <QFile>
#include <QSize>

#include <opencv2/imgcodecs.hpp>

#include <chrono>
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
    p.hintStrength = s.hintStrength;
    p.hintRadius = s.hintRadius;
    for (const auto& hint : hints)
        p.hints.push_back({hint.x, hint.y, hint.a, hint.b, QString::fromStdString(hint.note)});
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
    for (const auto& input : args.inputs)
        if (imaging::sameFile(input, args.outputDir))
            throw std::invalid_argument("The output folder " + args.outputDir + " is one of the inputs.");

    const std::string modelPath = args.sampling.modelPath();
    auto model = loadModel(modelPath);
    std::cerr << "model " << model.info.name << " (" << modelPath << ")\n";
    const jobs::Provenance shared = runProvenance(args.sampling, options, model, modelPath, hints);

    int failures = 0;
    for (const auto& input : args.inputs) {
        const auto started = std::chrono::steady_clock::now();
        try {
            const auto scan = imaging::loadScan(input);
            imaging::PipelineRequest request;
            request.hints = hints;
            request.options = options;
            request.resolution = args.sampling.resolution;
            args.sampling.applyHintGuidance(request);
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
            }
        } catch (const std::exception& problem) {
            ++failures;
            std::cerr << "colorized-cli: skipped " << input << ": " << problem.what() << "\n";
        }
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
    command->add_option("--format", args->format, "png, tif or jpg (default: tif for 16-bit scans, else png)")
        ->check(CLI::IsMember({"png", "tif", "tiff", "jpg", "jpeg"}));
    args->sampling.addTo(*command);
    command->callback([&run, args] { run = [args] { return runColorize(*args); }; });
}

}  // namespace colorized::cli
