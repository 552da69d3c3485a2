#include "commands.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/trainer.h"
#include "colorized/core/unet.h"

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
    std::vector<int64_t> resolutions = {64, 128};
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

int runBench(const BenchArguments& args)
{
    configureThreads(args.threads);
    torch::manual_seed(0);
    UNetConfig config;
    config.upsample = args.transposed ? UpsampleKind::Transposed : UpsampleKind::Nearest;
    UNet net(config);
    net->eval();
    std::cout << "colorized U-Net: " << std::fixed << std::setprecision(2) << net->parameterCount() / 1e6
              << "M params, up=" << (args.transposed ? "transposed" : "nearest")
              << ", threads=" << torch::get_num_threads() << ", libtorch " << TORCH_VERSION << "\n";
    for (const int64_t r : args.resolutions) {
        const auto x = torch::randn({1, 6, r, r});
        const auto t = torch::full({1}, 500, torch::kLong);
        torch::Tensor reference, reduced;
        for (const bool bf16 : {false, true}) {
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
            std::cout << "\n";
        }
    }
    for (const bool bf16 : {false, true}) {
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
                  << " ms/iter (" << std::setprecision(1) << 16000.0 / ms << " img/s)\n";
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
    command->callback([&run, args] { run = [args] { return runBench(*args); }; });
}

}  // namespace colorized::cli
