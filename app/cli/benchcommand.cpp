#include "commands.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/processor.h"
#include "colorized/core/trainer.h"
#include "colorized/core/trainoptions.h"
#include "colorized/core/unet.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/jobs/filehash.h"
#include "colorized/jobs/modellocator.h"
#include "colorized/jobs/provenance.h"
#include "colorized/jobs/provenancewriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

namespace colorized::cli {

namespace {

namespace fs = std::filesystem;

struct BenchArguments {
    int threads = 2;
    int reps = 10;
    bool transposed = false;
    bool train = true;
    std::vector<int64_t> resolutions = {64, 128};
    bool pipeline = false;
    std::string scan;          // empty: a synthetic 16-bit gray scan of scanWidth x scanHeight
    std::string model;         // empty: the installed model
    bool inStrips = false;
    int scanWidth = 6000, scanHeight = 4000;
    int pipelineResolution = 0;  // the model's
    int pipelineSteps = 25;
};

template <typename Function>
double medianMilliseconds(Function&& function, int reps)
{
    function();
    function();
    std::vector<double> times;
    for (int i = 0; i < reps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        function();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    return times[times.size() / 2];
}

// The machine the numbers come from, so that runs on different processors can be read side by
// side; then every row is flushed as soon as it is measured (a slow row must not look like a hang).
void printHeader()
{
    const ProcessorInfo& processor = currentProcessor();
    std::cout << "processor: " << (processor.modelName.empty() ? "unknown" : processor.modelName) << ", "
              << processor.logicalProcessors << " logical CPUs; " << processor.capabilityFlags()
              << "; native bf16: " << (processor.nativeBf16() ? "yes" : "no") << "; torch threads "
              << torch::get_num_threads() << ", libtorch " << TORCH_VERSION << std::endl;
}

void printBf16Skipped()
{
    std::cout << "bf16 rows skipped: this processor has no native bfloat16 (avx512_bf16 or amx_bf16), where "
                 "bf16 autocast is several times slower than fp32 and the application does not use it"
              << std::endl;
}

// A 16-bit gray scan with gradients, squares and fine texture (what a scan's compression and
// chroma upsampling see), written uncompressed so that reading it measures decoding, not zlib.
void writeSyntheticScan(const std::string& path, int width, int height)
{
    cv::Mat pixels(height, width, CV_16UC1);
    for (int y = 0; y < height; ++y) {
        auto* row = pixels.ptr<uint16_t>(y);
        for (int x = 0; x < width; ++x)
            row[x] = uint16_t(x * 40000 / width + y * 20000 / height + ((x / 500 + y / 500) % 2) * 5000
                              + (x * 7 + y * 13) % 97 * 20);
    }
    if (!cv::imwrite(path, pixels, {cv::IMWRITE_TIFF_COMPRESSION, 1}))
        throw std::runtime_error("Cannot write the synthetic scan " + path + ".");
}

double peakResidentMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;  // kilobytes on Linux
}

// The model the application would use, or, where none is installed, an untrained network of
// the default architecture at 64 px (the time does not depend on the weights).
LoadedModel benchModel(const BenchArguments& args)
{
    if (!args.model.empty())
        return loadModel(args.model);
    const jobs::ModelLocation location = jobs::locateDefaultModel();
    if (location.found())
        return loadModel(QFile::encodeName(location.path).toStdString());
    LoadedModel model;
    model.info.resolution = 64;
    model.net = createNetwork(model.info.network);
    model.net->eval();
    model.info.name = "untrained (no model installed)";
    return model;
}

// The whole of `colorized-cli colorize` for one scan, stage by stage: reading, hashing, the
// pipeline's own stages (pipeline.h: ColorizeOutcome::times), writing with provenance.
int runPipelineBench(const BenchArguments& args)
{
    configureThreads(args.threads);
    printHeader();
    const char* waitPolicy = std::getenv("OMP_WAIT_POLICY");
    std::cout << "OpenMP wait policy: " << (waitPolicy ? waitPolicy : "libgomp default (spin, then sleep)")
              << "; OpenCV threads " << cv::getNumThreads() << std::endl;
    torch::manual_seed(0);
    LoadedModel model = benchModel(args);

    const fs::path folder = fs::temp_directory_path() / ("colorized-bench-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const struct Cleanup {
        fs::path folder;
        ~Cleanup() { std::error_code ignored; fs::remove_all(folder, ignored); }
    } cleanup{folder};
    std::string scanPath = args.scan;
    if (scanPath.empty()) {
        scanPath = (folder / "synthetic.tif").string();
        writeSyntheticScan(scanPath, args.scanWidth, args.scanHeight);
    }

    imaging::PipelineRequest request;
    request.options.sampler.steps = args.pipelineSteps;
    request.options.bf16 = currentProcessor().nativeBf16();
    request.resolution = args.pipelineResolution;
    const cv::Size size = imaging::scanSizeFromHeader(scanPath);
    const int resolution = request.resolution > 0 ? request.resolution : int(model.info.resolution);
    const GuidanceSettings guidance = guidanceSettingsFor(request.options, model.info);
    std::cout << "model " << model.info.name << "; scan " << scanPath << " (" << size.width << "x" << size.height
              << "); DDIM " << args.pipelineSteps << " steps at " << resolution << " px, guidance " << guidance.guidance << " from t/T " << guidance.cutoff << ", damping " << guidance.damping << ", "
              << (request.options.bf16 ? "bf16" : "fp32") << (args.inStrips ? "; in strips" : "; in memory")
              << std::endl;

    jobs::Provenance provenance;
    provenance.sourcePath = QFile::decodeName(scanPath.c_str());
    provenance.modelName = QString::fromStdString(model.info.name);
    provenance.steps = args.pipelineSteps;
    provenance.guidance = guidance.guidance;
    provenance.guidanceCutoff = guidance.cutoff;
    provenance.damping = guidance.damping;
    provenance.resolution = resolution;
    provenance.date = QDateTime::currentDateTimeUtc();
    const std::string output = (folder / "colorized.tif").string();

    imaging::StageTimes times;
    const auto begin = std::chrono::steady_clock::now();
    provenance.sourceSha256 = times.time("SHA-256 of the source (OpenSSL)", [&] { return jobs::fileSha256(provenance.sourcePath); });
    request.photoKey = imaging::photoNoiseKey(provenance.sourceSha256.toStdString());
    if (args.inStrips) {
        imaging::StripOutput strips;
        strips.path = output;
        strips.metadata = [&provenance](const imaging::ColorizeOutcome& outcome) {
            provenance.candidate = outcome.shown;
            return jobs::provenanceMetadata(jobs::provenanceRecord(provenance));
        };
        const auto outcome = imaging::colorizeScanInStrips(model, scanPath, request, strips);
        times.add(outcome->times);
    } else {
        const imaging::ScanImage scan = times.time("reading the scan", [&] { return imaging::loadScan(scanPath, 1e9); });
        const auto outcome = imaging::colorizeScan(model, scan, request);
        times.add(outcome->times);
        provenance.candidate = outcome->shown;
        times.time("writing TIFF with provenance", [&] {
            jobs::writeImageWithProvenance(output, outcome->image, jobs::provenanceRecord(provenance));
        });
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();

    for (const auto& [stage, seconds] : times.entries())
        std::cout << "  " << std::left << std::setw(68) << stage << std::right << std::fixed << std::setprecision(2)
                  << std::setw(7) << seconds << " s" << std::endl;
    std::cout << "  " << std::left << std::setw(68) << "end to end" << std::right << std::setw(7) << total << " s"
              << std::endl;
    std::cout << "peak resident memory " << std::setprecision(0) << peakResidentMegabytes() << " MB; output "
              << fs::file_size(output) / 1e6 << " MB" << std::endl;
    const auto qtStart = std::chrono::steady_clock::now();
    QFile file(provenance.sourcePath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    std::cout << "for comparison, not counted: SHA-256 of the source with QCryptographicHash " << std::setprecision(2)
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - qtStart).count() << " s" << std::endl;
    return kExitOk;
}

// The two networks a reader compares: the seed's U-Net (full resolution, no attention) and the
// one `train` builds by default (its stem and attention, TrainArguments), timed in one run so
// that their ratio does not depend on what else the machine was doing that minute.
struct BenchNetwork {
    std::string name;
    UNetConfig config;
};

std::vector<BenchNetwork> benchNetworks(bool transposed)
{
    UNetConfig seed;
    seed.upsample = transposed ? UpsampleKind::Transposed : UpsampleKind::Nearest;
    const TrainArguments trainDefaults;
    UNetConfig current;
    current.baseWidth = trainDefaults.width;
    current.stem = trainDefaults.stem;
    current.bottleneckAttention = trainDefaults.attention;
    return {{"seed U-Net", seed}, {"stem-" + std::to_string(current.stem) + " U-Net + attention", current}};
}

struct NetworkTimes {
    std::vector<double> stepMs;    // fp32, one per resolution
    double trainImagesPerSecond = 0.0;  // fp32
};

NetworkTimes benchNetwork(const BenchNetwork& network, const BenchArguments& args, const std::vector<bool>& precisions)
{
    torch::manual_seed(0);
    UNet net(network.config);
    net->eval();
    std::cout << network.name << ": " << std::fixed << std::setprecision(2) << net->parameterCount() / 1e6
              << "M params, up=" << (network.config.upsample == UpsampleKind::Transposed ? "transposed" : "nearest")
              << std::endl;
    NetworkTimes times;
    for (const int64_t r : args.resolutions) {
        const auto x = torch::randn({1, 6, r, r});
        const auto t = torch::full({1}, 500, torch::kLong);
        torch::Tensor reference, reduced;
        for (const bool bf16 : precisions) {
            const double ms = medianMilliseconds(
                [&] {
                    c10::InferenceMode inference;
                    const CpuAutocast autocast(bf16);
                    (bf16 ? reduced : reference) = net->forward(x, t).to(torch::kFloat);
                },
                args.reps);
            if (!bf16)
                times.stepMs.push_back(ms);
            std::cout << "  step " << r << "px batch 1" << (bf16 ? " bf16" : "") << ": " << std::setprecision(1) << ms
                      << " ms";
            if (bf16)
                std::cout << "  (relative error vs fp32: " << std::setprecision(2)
                          << 100.0 * (reduced - reference).norm().item<double>() / reference.norm().item<double>()
                          << " %)";
            std::cout << std::endl;
        }
    }
    for (const bool bf16 : args.train ? precisions : std::vector<bool>{}) {
        net->train();
        torch::optim::AdamW optimizer(net->parameters(), torch::optim::AdamWOptions(2e-4));
        const auto xb = torch::randn({16, 6, 64, 64});
        const auto tb = torch::randint(0, 1000, {16}, torch::kLong);
        const auto target = torch::randn({16, 2, 64, 64});
        const double ms = medianMilliseconds(
            [&] {
                torch::Tensor loss;
                {
                    const CpuAutocast autocast(bf16);
                    loss = torch::mse_loss(net->forward(xb, tb).to(torch::kFloat), target);
                }
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
            },
            std::max(3, args.reps / 3));
        if (!bf16)
            times.trainImagesPerSecond = 16000.0 / ms;
        std::cout << "  train 64px batch 16" << (bf16 ? " bf16" : "") << ": " << std::setprecision(0) << ms
                  << " ms/iter (" << std::setprecision(1) << 16000.0 / ms << " img/s)" << std::endl;
    }
    return times;
}

int runBench(const BenchArguments& args)
{
    if (args.pipeline)
        return runPipelineBench(args);
    configureThreads(args.threads);
    printHeader();
    const bool bf16Rows = currentProcessor().nativeBf16();
    if (!bf16Rows)
        printBf16Skipped();
    const std::vector<bool> precisions = bf16Rows ? std::vector<bool>{false, true} : std::vector<bool>{false};
    const auto networks = benchNetworks(args.transposed);
    std::vector<NetworkTimes> times;
    for (const auto& network : networks)
        times.push_back(benchNetwork(network, args, precisions));

    const NetworkTimes& seed = times.front();
    const NetworkTimes& current = times.back();
    std::cout << networks.back().name << " against the " << networks.front().name << " (fp32):" << std::endl;
    for (size_t i = 0; i < args.resolutions.size(); ++i)
        std::cout << "  step " << args.resolutions[i] << "px: " << std::setprecision(2)
                  << current.stepMs[i] / seed.stepMs[i] << "x the time" << std::endl;
    if (args.train)
        std::cout << "  training: " << std::setprecision(2)
                  << current.trainImagesPerSecond / seed.trainImagesPerSecond << "x the images/s" << std::endl;
    return kExitOk;
}

}  // namespace

void addBenchCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand("bench", "Time one denoising step and one training iteration of the seed U-Net and of the network train builds, in one run.");
    auto args = std::make_shared<BenchArguments>();
    command->add_option("--threads", args->threads, "Intra-op threads")->capture_default_str();
    command->add_option("--reps", args->reps, "Timed repetitions (median reported)")->capture_default_str();
    command->add_option("--res", args->resolutions, "Resolutions for the step timing");
    command->add_flag("--transposed", args->transposed, "Use the seed's ConvTranspose2d up-sampling");
    command->add_flag("!--no-train", args->train, "Time the denoising step only, not a training iteration");
    command->add_flag("--pipeline", args->pipeline,
                      "Instead: colorize a scan end to end (a synthetic 16-bit gray TIFF unless --scan) and print "
                      "the time of every stage and the peak memory");
    command->add_option("--scan", args->scan, "Scan for --pipeline");
    command->add_option("--model", args->model, "Model for --pipeline (default: the installed one)");
    command->add_flag("--in-strips", args->inStrips, "--pipeline reads and writes the scan in strips, as "
                      "`colorize` does for scans over its in-memory limit");
    command->add_option("--scan-size", args->scanWidth, "Synthetic scan width (height = 2/3 of it)")
        ->each([args](const std::string&) { args->scanHeight = args->scanWidth * 2 / 3; });
    command->add_option("--pipeline-resolution", args->pipelineResolution, "Working resolution for --pipeline (0: the model's)")
        ->capture_default_str();
    command->add_option("--pipeline-steps", args->pipelineSteps, "DDIM steps for --pipeline")->capture_default_str();
    command->callback([&run, args] { run = [args] { return runBench(*args); }; });
}

}  // namespace colorized::cli
