#include "commands.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/processor.h"
#include "colorized/core/trainer.h"
#include "colorized/core/unet.h"
#include "colorized/imaging/pipeline.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>

namespace colorized::cli {

namespace {

struct BenchArguments {
    int threads = 2;
    int reps = 10;
    bool transposed = false;
    bool train = true;
    std::vector<int64_t> resolutions = {64, 128};
    bool pipeline = false;
    int scanWidth = 6000, scanHeight = 4000;
    int pipelineResolution = 128;
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

// A synthetic 16-bit gray scan (gradients and shapes) through the whole color pipeline, with
// an untrained network of the default architecture: the time does not depend on the weights.
int runPipelineBench(const BenchArguments& args)
{
    configureThreads(args.threads);
    printHeader();
    torch::manual_seed(0);
    LoadedModel model;
    model.info.resolution = args.pipelineResolution;
    model.net = createNetwork(model.info.network);
    model.net->eval();
    model.info.name = "untrained (bench)";

    const auto started = std::chrono::steady_clock::now();
    imaging::ScanImage scan;
    scan.pixels.create(args.scanHeight, args.scanWidth, CV_16UC1);
    for (int y = 0; y < scan.pixels.rows; ++y) {
        auto* row = scan.pixels.ptr<uint16_t>(y);
        for (int x = 0; x < scan.pixels.cols; ++x)
            row[x] = uint16_t((x * 40000 / scan.pixels.cols + y * 20000 / scan.pixels.rows + ((x / 500 + y / 500) % 2) * 5000));
    }
    scan.bitDepth = 16;
    scan.sourceIsGray = true;
    scan.sourcePath = "synthetic";
    const double makeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    imaging::PipelineRequest request;
    request.options.sampler.steps = args.pipelineSteps;
    request.options.bf16 = currentProcessor().nativeBf16();
    request.resolution = args.pipelineResolution;
    const auto begin = std::chrono::steady_clock::now();
    const auto outcome = imaging::colorizeScan(model, scan, request);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    std::cout << "pipeline " << args.scanWidth << "x" << args.scanHeight << " 16-bit gray, DDIM " << args.pipelineSteps
              << " steps at " << args.pipelineResolution << " px, " << (request.options.bf16 ? "bf16" : "fp32")
              << ": " << std::fixed << std::setprecision(2) << seconds << " s end to end (scan synthesised in "
              << makeSeconds << " s, not counted); output "
              << outcome->image.cols << "x" << outcome->image.rows << " " << (outcome->image.depth() == CV_16U ? 16 : 8)
              << "-bit" << std::endl;
    return kExitOk;
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
    torch::manual_seed(0);
    UNetConfig config;
    config.upsample = args.transposed ? UpsampleKind::Transposed : UpsampleKind::Nearest;
    UNet net(config);
    net->eval();
    std::cout << "colorized U-Net: " << std::fixed << std::setprecision(2) << net->parameterCount() / 1e6
              << "M params, up=" << (args.transposed ? "transposed" : "nearest") << std::endl;
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
            std::cout << "step " << r << "px batch 1" << (bf16 ? " bf16" : "") << ": " << std::setprecision(1) << ms
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
        std::cout << "train 64px batch 16" << (bf16 ? " bf16" : "") << ": " << std::setprecision(0) << ms
                  << " ms/iter (" << std::setprecision(1) << 16000.0 / ms << " img/s)" << std::endl;
    }
    return kExitOk;
}

}  // namespace

void addBenchCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand("bench", "Time one denoising step and one training iteration of the U-Net.");
    auto args = std::make_shared<BenchArguments>();
    command->add_option("--threads", args->threads, "Intra-op threads")->capture_default_str();
    command->add_option("--reps", args->reps, "Timed repetitions (median reported)")->capture_default_str();
    command->add_option("--res", args->resolutions, "Resolutions for the step timing");
    command->add_flag("--transposed", args->transposed, "Use the seed's ConvTranspose2d up-sampling");
    command->add_flag("!--no-train", args->train, "Time the denoising step only, not a training iteration");
    command->add_flag("--pipeline", args->pipeline,
                      "Instead: colorize a synthetic 16-bit scan end to end (measure memory with /usr/bin/time -v)");
    command->add_option("--scan-size", args->scanWidth, "Synthetic scan width (height = 2/3 of it)")
        ->each([args](const std::string&) { args->scanHeight = args->scanWidth * 2 / 3; });
    command->add_option("--pipeline-resolution", args->pipelineResolution, "Working resolution for --pipeline")
        ->capture_default_str();
    command->add_option("--pipeline-steps", args->pipelineSteps, "DDIM steps for --pipeline")->capture_default_str();
    command->callback([&run, args] { run = [args] { return runBench(*args); }; });
}

}  // namespace colorized::cli
