#include "commands.h"
#include "packsource.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/distributed.h"
#include "colorized/core/processor.h"
#include "colorized/core/trainer.h"
#include "colorized/core/unet.h"

#include <torch/cuda.h>

#include <chrono>
#include <csignal>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <thread>

namespace colorized::cli {

namespace {

struct TrainArguments {
    std::vector<std::string> data, val;
    std::vector<double> shares;
    std::string out, resume, base, checkpoint, device = "cpu", log, name = "colorized-custom",
        master;
    TrainConfig config;
    int64_t packSize = 72;
    int64_t width = 32;
    int64_t stem = 2;
    bool attention = true;
    int threads = 0;
    int worldSize = 0;
    int rank = -1;
    bool half = false;
    std::string parametrization;
    std::string terms;
    std::string note;
    std::string description;
};

std::string processorName()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line))
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    return "unknown processor";
}

std::atomic<bool> interrupted{false};

std::string formatDuration(double seconds)
{
    const long total = std::lround(std::max(0.0, seconds));
    std::ostringstream text;
    text << total / 3600 << "h" << std::setw(2) << std::setfill('0') << (total / 60) % 60 << "m" << std::setw(2)
         << total % 60 << "s";
    return text.str();
}

std::string today()
{
    const std::time_t now = std::time(nullptr);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::gmtime(&now));
    return buffer;
}

int runTrain(const TrainArguments& args)
{
    configureThreads(args.threads);
    if (args.device != "cpu" && args.device != "cuda")
        throw std::invalid_argument("Unknown device " + args.device + " (expected cpu or cuda).");
    if (args.device == "cuda" && !torch::cuda::is_available())
        throw std::runtime_error("--device cuda was asked for, but this LibTorch has no CUDA device.");
    const torch::Device device = args.device == "cuda" ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);

    TrainConfig config = args.config;
    config.bf16 = resolveBf16(config.bf16, std::cerr);
    auto distributed = DistributedConfig::fromEnvironment(
        DistributedConfig{std::max(args.worldSize, 1), std::max(args.rank, 0), "127.0.0.1", 29500});
    if (!args.master.empty()) {
        const auto colon = args.master.rfind(':');
        if (colon == std::string::npos)
            throw std::invalid_argument("--master must be ADDRESS:PORT.");
        distributed.masterAddress = args.master.substr(0, colon);
        distributed.masterPort = std::stoi(args.master.substr(colon + 1));
    }
    if (args.worldSize > 0)
        distributed.worldSize = args.worldSize;
    if (args.rank >= 0)
        distributed.rank = args.rank;
    config.worldSize = distributed.worldSize;
    config.rank = distributed.rank;
    const bool leader = config.rank == 0;

    const auto data = loadTrainingSet(args.data, args.shares, args.val, int(args.packSize));
    const auto& trainLab = data.training;
    const auto& valLab = data.validation;

    ModelInfo info;
    LoadedModel base;
    if (!args.base.empty()) {
        base = loadModel(args.base);
        info = base.info;
        info.provenance = {{"base_model", base.info.name}, {"base_sha256", base.sha256}};
    } else {
        UNetConfig unet;
        unet.baseWidth = args.width;
        unet.stem = args.stem;
        unet.bottleneckAttention = args.attention;
        info.network = unetSpec(unet);
        info.resolution = config.crop;
    }
    if (!args.parametrization.empty())
        info.schedule.parametrization = parametrizationFromString(args.parametrization);
    info.name = args.name;
    if (!args.description.empty())
        info.description = args.description;
    Trainer trainer(config, info, trainLab.lab, valLab.lab, device);
    if (!args.base.empty())
        trainer.initializeFrom(base);
    if (data.sampleWeights.defined())
        trainer.setSampleWeights(data.sampleWeights);

    std::shared_ptr<DistributedContext> group;
    if (config.worldSize > 1) {
        std::cerr << "joining " << config.worldSize << " processes at " << distributed.masterAddress << ":"
                  << distributed.masterPort << " as rank " << config.rank << "\n";
        group = joinProcessGroup(distributed);
        broadcastParameters(group, *trainer.net());
        broadcastParameters(group, *trainer.ema());
        trainer.setGradientSync(makeGradientSync(group));
    }

    const std::string checkpoint = args.checkpoint.empty() ? args.out + ".ckpt" : args.checkpoint;
    if (!args.resume.empty()) {
        trainer.loadCheckpoint(args.resume);
        std::cerr << "resumed " << args.resume << " at step " << trainer.step() << "\n";
    }
    std::ofstream log;
    if (leader && !args.log.empty()) {
        log.open(args.log, std::ios::app);
        if (!log)
            throw std::runtime_error("Cannot write the training log " + args.log + ".");
    }

    std::signal(SIGINT, [](int) { interrupted = true; });
    std::signal(SIGTERM, [](int) { interrupted = true; });
    const auto started = std::chrono::steady_clock::now();
    TrainLoopOptions loop;
    loop.checkpointPath = checkpoint;
    loop.onProgress = [&](const TrainProgress& p) {
        if (!leader)
            return;
        if (log)
            log << p.step << "," << p.loss << "," << (p.validationLoss ? std::to_string(*p.validationLoss) : "")
                << "," << p.imagesPerSecond << std::endl;
        if (p.step % 10 == 0 || p.validationLoss || p.step == p.totalSteps) {
            std::cout << "step " << p.step << "/" << p.totalSteps << "  loss " << std::fixed << std::setprecision(4)
                      << p.loss << "  " << std::setprecision(1) << p.imagesPerSecond << " img/s  ETA "
                      << formatDuration(p.etaSeconds);
            if (p.validationLoss)
                std::cout << "  val " << std::setprecision(4) << *p.validationLoss;
            std::cout << std::endl;
        }
    };
    const bool completed = runTraining(trainer, loop, &interrupted);
    if (!leader)
        return kExitOk;
    const double hours = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / 3600.0;
    nlohmann::json provenance = {
        {"data", trainLab.source},
        {"data_terms", args.terms.empty() ? trainLab.terms : args.terms},
        {"images", trainLab.lab.size(0)},
        {"validation_data", valLab.source},
        {"date", today()},
        {"hardware", args.device == "cuda" ? "CUDA GPU" : processorName() + ", " + std::to_string(torch::get_num_threads()) + " threads"},
        {"hours_this_run", hours},
        {"software", std::string("colorized ") + COLORIZED_VERSION},
    };
    if (!args.note.empty())
        provenance["notes"] = args.note;
    trainer.exportModel(args.out, args.half ? WeightPrecision::Float16 : WeightPrecision::Float32, provenance);
    std::cout << (completed ? "finished" : "interrupted; resume with --resume " + checkpoint) << ": wrote " << args.out
              << " (EMA weights, step " << trainer.step() << ")\n";
    return kExitOk;
}

}  // namespace

void addTrainCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand("train", "Train a model, or fine-tune one with --base, on color photos.");
    auto args = std::make_shared<TrainArguments>();
    auto& c = args->config;
    command->add_option("--data", args->data, "Training images: folders (see README for layouts) or packs from `pack`; repeat to join sources")->required();
    command->add_option("--share", args->shares, "Each --data source's share of every batch, in the same order (default: by size)");
    command->add_option("--val", args->val, "Held-out images (folders or packs); default: 10% of the one --data folder held out");
    command->add_option("--out", args->out, "Model file to write (.safetensors)")->required();
    command->add_option("--resume", args->resume, "Checkpoint to resume exactly");
    command->add_option("--base", args->base, "Model to fine-tune (never modified)");
    command->add_option("--checkpoint", args->checkpoint, "Checkpoint path (default: OUT.ckpt)");
    command->add_option("--log", args->log, "Append step,loss,val_loss,img/s lines to this CSV file");
    command->add_option("--name", args->name, "Name stored in the model file");
    command->add_option("--terms", args->terms, "License terms of the training data, stored in the model file");
    command->add_option("--description", args->description, "What the model is, for archivists: shown in Settings and the model manager");
    command->add_option("--note", args->note, "Free text about the run, stored in the model's provenance");
    command->add_flag("--half", args->half, "Store the weights in float16 (half the file size)");
    command->add_option("--parametrization", args->parametrization,
                        "What the network predicts: velocity (default for new models) or epsilon")
        ->check(CLI::IsMember({"velocity", "epsilon"}));
    command->add_option("--steps", c.steps, "Optimisation steps")->capture_default_str();
    command->add_option("--batch", c.batchSize, "Global batch size")->capture_default_str();
    command->add_option("--lr", c.learningRate, "Peak learning rate")->capture_default_str();
    command->add_option("--warmup", c.warmupSteps, "Linear warm-up steps")->capture_default_str();
    command->add_option("--resolution", c.crop, "Training crop side in pixels (multiple of 8)")->capture_default_str();
    command->add_option("--pack-size", args->packSize, "Side images are scaled and center-cropped to when a folder is given")->capture_default_str();
    command->add_option("--width", args->width, "U-Net base width for a new model")->capture_default_str();
    command->add_option("--stem", args->stem, "Space-to-depth factor of a new model (1 = the seed U-Net at full resolution)")
        ->check(CLI::Range(1, 4))
        ->capture_default_str();
    command->add_option("--attention", args->attention, "Self-attention at the lowest resolution of a new model")
        ->capture_default_str();
    command->add_option("--ema", c.emaDecay, "EMA decay")->capture_default_str();
    command->add_option("--validate-every", c.validateEvery, "Steps between validations")->capture_default_str();
    command->add_option("--checkpoint-every", c.checkpointEvery, "Steps between checkpoints")->capture_default_str();
    command->add_option("--seed", c.seed, "Random seed")->capture_default_str();
    command->add_flag("--bf16", c.bf16, "CPU bf16 autocast where the processor has native bfloat16, GroupNorm in fp32 (elsewhere a warning, and fp32)");
    command->add_option("--device", args->device, "cpu or cuda")->capture_default_str();
    command->add_option("--threads", args->threads, "Intra-op threads (0 = all cores)")->capture_default_str();
    command->add_option("--world-size", args->worldSize, "Data-parallel processes (or WORLD_SIZE)");
    command->add_option("--rank", args->rank, "This process's rank (or RANK)");
    command->add_option("--master", args->master, "Rank 0's ADDRESS:PORT (or MASTER_ADDR/MASTER_PORT)");
    command->callback([&run, args] { run = [args] { return runTrain(*args); }; });
}

}  // namespace colorized::cli
