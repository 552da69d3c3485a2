#include "colorized/core/trainrun.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/distributed.h"
#include "colorized/core/duration.h"
#include "colorized/core/processor.h"
#include "colorized/core/trainer.h"
#include "colorized/core/trainingset.h"
#include "colorized/core/unet.h"
#include "colorized/core/workingresolution.h"

#include <torch/cuda.h>
#include <torch/torch.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace colorized {

namespace {

std::atomic<bool> interrupted{false};

std::string today()
{
    const std::time_t now = std::time(nullptr);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::gmtime(&now));
    return buffer;
}

std::string processorName()
{
    const std::string& name = currentProcessor().modelName;
    return name.empty() ? "unknown processor" : name;
}

torch::Device trainingDevice(const std::string& name)
{
    if (name != "cpu" && name != "cuda")
        throw std::invalid_argument("Unknown device " + name + " (expected cpu or cuda).");
    if (name == "cuda" && !torch::cuda::is_available())
        throw std::runtime_error("--device cuda was asked for, but this LibTorch has no CUDA device.");
    return name == "cuda" ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

// --world-size, --rank and --master win over WORLD_SIZE, RANK, MASTER_ADDR and MASTER_PORT.
DistributedConfig distributedConfig(const TrainArguments& args)
{
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
    return distributed;
}

}  // namespace

void runTrainCommand(const TrainArguments& args, FolderPacker* folders)
{
    configureThreads(args.threads);
    const torch::Device device = trainingDevice(args.device);

    TrainConfig config = args.config;
    config.bf16 = resolveBf16(config.bf16, std::cerr);
    const auto distributed = distributedConfig(args);
    config.worldSize = distributed.worldSize;
    config.rank = distributed.rank;
    const bool leader = config.rank == 0;

    const auto data = loadTrainingSet(args.data, args.shares, args.val, int(args.packSize), folders);
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
    // A fine-tune at another crop sees objects at another scale: it keeps its base's ratio of
    // working resolution to crop (workingresolution.h).
    if (!args.base.empty())
        info.resolution = fineTunedResolution(base.info.resolution, base.info.provenance, config.crop);
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
        return;
    const double hours = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / 3600.0;
    nlohmann::json provenance = {
        {"data", trainLab.source},
        {"data_terms", args.terms.empty() ? trainLab.terms : args.terms},
        {"images", trainLab.lab.size(0)},
        {"validation_data", valLab.source},
        {"date", today()},
        {"hardware", device.is_cuda() ? "CUDA GPU" : processorName() + ", " + std::to_string(torch::get_num_threads()) + " threads"},
        {"hours_this_run", hours},
        {"software", std::string("colorized ") + COLORIZED_VERSION},
    };
    if (!args.note.empty())
        provenance["notes"] = args.note;
    trainer.exportModel(args.out, args.half ? WeightPrecision::Float16 : WeightPrecision::Float32, provenance);
    std::cout << (completed ? "finished" : "interrupted; resume with --resume " + checkpoint) << ": wrote " << args.out
              << " (EMA weights, step " << trainer.step() << ")\n";
}

}  // namespace colorized
