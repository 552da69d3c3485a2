#include "commands.h"
#include "samplingoptions.h"

#include "colorized/imaging/hintsfile.h"
#include "colorized/imaging/imagewriter.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"
#include "colorized/jobs/provenance.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

QString fileSha256(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

// `options` as run: bf16 is recorded as used, not as asked for (the processor may have refused it).
QJsonObject provenance(const ColorizeArguments& args, const ColorizeOptions& options, const imaging::ScanImage& scan,
                       const LoadedModel& model, const std::string& modelPath,
                       const std::vector<imaging::ColorHint>& hints, int candidate, int resolution,
                       const fs::path& output)
{
    QJsonArray hintArray;
    for (const auto& hint : hints)
        hintArray.append(QJsonObject{{"x", hint.x}, {"y", hint.y}, {"a", hint.a}, {"b", hint.b}});
    const auto& s = args.sampling;
    return QJsonObject{
        {"digitalSourceType", QString::fromLatin1(jobs::kDigitalSourceType)},
        {"note", "Colors are a machine-learning estimate added to a black-and-white original; they are not a "
                 "record of the original colors."},
        {"file", QString::fromStdString(output.filename().string())},
        {"sourceFile", QString::fromStdString(fs::path(scan.sourcePath).filename().string())},
        {"sourceSha256", fileSha256(scan.sourcePath)},
        {"sourceWidth", scan.pixels.cols},
        {"sourceHeight", scan.pixels.rows},
        {"sourceBitDepth", scan.bitDepth},
        {"model", QString::fromStdString(model.info.name)},
        {"modelFile", QString::fromStdString(fs::path(modelPath).filename().string())},
        {"modelSha256", QString::fromStdString(model.sha256)},
        {"sampler", QString::fromStdString(s.sampler)},
        {"steps", int(s.stepCount(model.info.schedule.timesteps))},
        {"eta", s.eta},
        {"seed", QString::number(s.seed)},
        {"candidates", s.candidates},
        {"candidate", candidate},
        {"resolution", resolution},
        {"bf16", options.bf16},
        {"hints", hintArray},
        {"date", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {"software", jobs::softwareVersion()},
    };
}

void writeSidecar(const fs::path& image, const QJsonObject& record)
{
    QSaveFile file(QString::fromStdString(image.string() + ".json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(record).toJson()) < 0 || !file.commit())
        throw std::runtime_error("Cannot write the provenance sidecar " + image.string() + ".json.");
}

void writeWithProvenance(const fs::path& path, const cv::Mat& pixels, const std::vector<std::string>& inputs,
                         const QJsonObject& record)
{
    imaging::ImageWriteOptions options;
    options.protectedPaths = inputs;
    options.beforeCommit = [&](const std::string& temporary) {
        const QString error = jobs::embedProvenance(QString::fromStdString(temporary), record);
        if (!error.isEmpty())
            throw std::runtime_error(error.toStdString());
    };
    imaging::writeImage(path.string(), pixels, options);
    writeSidecar(path, record);
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

    int failures = 0;
    for (const auto& input : args.inputs) {
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
            const int resolution = request.resolution > 0 ? request.resolution : int(model.info.resolution);
            const std::string extension = !args.format.empty() ? args.format : (scan.bitDepth == 16 ? "tif" : "png");
            // The most typical candidate is the result; the others follow under their own numbers.
            for (int k = 0; k < options.candidates; ++k) {
                const bool shown = k == outcome->typical;
                if (!shown && !args.allCandidates)
                    continue;
                const std::string suffix = shown ? "_colorized" : "_colorized_candidate" + std::to_string(k);
                const fs::path output = fs::path(args.outputDir) / (stem + suffix + "." + extension);
                const cv::Mat pixels = shown ? outcome->image : imaging::composeCandidate(scan, *outcome, k);
                writeWithProvenance(output, pixels, args.inputs,
                                    provenance(args, options, scan, model, modelPath, hints, k, resolution, output));
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
