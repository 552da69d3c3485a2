#include "colorized/core/trainer.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/colorspace.h"
#include "colorized/core/labpack.h"
#include "colorized/core/safetensors.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>

namespace colorized {

namespace {

constexpr uint64_t kValidationSeed = 0x5eed'0f'7a1dULL;

nlohmann::json toJson(const TrainConfig& c)
{
    return {{"steps", c.steps}, {"batch_size", c.batchSize}, {"crop", c.crop}, {"learning_rate", c.learningRate},
            {"weight_decay", c.weightDecay}, {"warmup_steps", c.warmupSteps},
            {"cooldown_steps", c.cooldownSteps}, {"gradient_clip", c.gradientClip},
            {"ema_decay", c.emaDecay}, {"no_hint_probability", c.noHintProbability},
            {"unconditional_probability", c.unconditionalProbability},
            {"max_hint_patches", c.maxHintPatches}, {"max_hint_patch_size", c.maxHintPatchSize}, {"seed", c.seed},
            {"bf16", c.bf16}, {"world_size", c.worldSize}};
}

int64_t randomInt(at::Generator& generator, int64_t low, int64_t highExclusive)
{
    return torch::randint(low, highExclusive, {1}, generator, torch::kLong).item<int64_t>();
}

double randomUniform(at::Generator& generator)
{
    return torch::rand({1}, generator, torch::kDouble).item<double>();
}

std::string optimizerKey(const torch::Tensor& parameter)
{
    return c10::guts::to_string(parameter.unsafeGetTensorImpl());
}

}  // namespace

Trainer::Trainer(const TrainConfig& config, const ModelInfo& modelInfo, torch::Tensor trainLab,
                 torch::Tensor valLab, torch::Device device)
    : config_(config)
    , modelInfo_(modelInfo)
    , trainLab_(std::move(trainLab))
    , valLab_(std::move(valLab))
    , device_(device)
    , schedule_(modelInfo.schedule)
    , generator_(at::detail::createCPUGenerator(config.seed))
{
    const auto checkPack = [&](const torch::Tensor& lab, const char* what) {
        if (!lab.defined() || lab.dim() != 4 || lab.size(1) != 3 || lab.scalar_type() != torch::kByte
            || lab.size(0) == 0)
            throw std::invalid_argument(std::string("The ") + what + " images are missing or not a Lab pack.");
        if (lab.size(2) < config.crop || lab.size(3) < config.crop)
            throw std::invalid_argument(std::string("The ") + what + " images are smaller than the training crop.");
    };
    checkPack(trainLab_, "training");
    checkPack(valLab_, "validation");
    if (config.worldSize < 1 || config.rank < 0 || config.rank >= config.worldSize
        || config.batchSize % config.worldSize != 0)
        throw std::invalid_argument("The batch size must divide evenly among the training processes.");

    torch::manual_seed(static_cast<int64_t>(config.seed));   // weight initialisation
    net_ = createNetwork(modelInfo.network);
    ema_ = createNetwork(modelInfo.network);
    if (config.crop % net_->sizeMultiple() != 0)
        throw std::invalid_argument("The training crop must be a multiple of " + std::to_string(net_->sizeMultiple()) + ".");
    modelInfo_.network = net_->spec();   // canonical, as checkpoints and exports compare it
    copyWeights(*net_, *ema_);
    net_->to(device_);
    ema_->to(device_);
    net_->train();
    ema_->eval();
    for (auto& p : ema_->parameters())
        p.set_requires_grad(false);
    optimizer_ = std::make_unique<torch::optim::AdamW>(
        net_->parameters(), torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));
}

Trainer::~Trainer() = default;

void Trainer::initializeFrom(const LoadedModel& base)
{
    if (base.net->spec() != net_->spec())
        throw std::invalid_argument("The base model's architecture differs from the one being trained.");
    copyWeights(*base.net, *net_);
    copyWeights(*base.net, *ema_);
}

void Trainer::setSampleWeights(torch::Tensor weights)
{
    if (!weights.defined() || weights.dim() != 1 || weights.size(0) != trainLab_.size(0))
        throw std::invalid_argument("There must be one sampling weight per training image.");
    weights = weights.to(torch::kDouble);
    if ((weights < 0).any().item<bool>() || !(weights.sum().item<double>() > 0.0))
        throw std::invalid_argument("Sampling weights must be non-negative with a positive sum.");
    sampleWeights_ = weights;
}

Trainer::Batch Trainer::makeBatch(const torch::Tensor& lab, const torch::Tensor& indices, bool augment,
                                  at::Generator& generator, const torch::Tensor& fixedT) const
{
    const int64_t crop = config_.crop;
    const int64_t count = indices.size(0);
    const auto images = labBytesToModelSpace(lab.index_select(0, indices));   // [B, 3, S, S]
    const int64_t maxY = images.size(2) - crop, maxX = images.size(3) - crop;

    std::vector<torch::Tensor> crops;
    crops.reserve(count);
    for (int64_t i = 0; i < count; ++i) {
        const int64_t y = augment ? randomInt(generator, 0, maxY + 1) : maxY / 2;
        const int64_t x = augment ? randomInt(generator, 0, maxX + 1) : maxX / 2;
        auto image = images[i].narrow(1, y, crop).narrow(2, x, crop);
        if (augment && randomUniform(generator) < 0.5)
            image = image.flip({2});
        crops.push_back(image);
    }
    const auto batch = torch::stack(crops);                  // [B, 3, crop, crop]
    auto luminance = batch.narrow(1, 0, 1);
    const auto ab = batch.narrow(1, 1, 2);

    // Hints: none for about half the samples, otherwise 1..maxHintPatches small squares filled
    // with the true mean a*b* of the square (what an archivist's point hint looks like).
    auto hintAb = torch::zeros({count, 2, crop, crop});
    auto hintMask = torch::zeros({count, 1, crop, crop});
    for (int64_t i = 0; i < count; ++i) {
        if (randomUniform(generator) < config_.noHintProbability)
            continue;
        const int64_t patches = randomInt(generator, 1, config_.maxHintPatches + 1);
        for (int64_t p = 0; p < patches; ++p) {
            const int64_t size = randomInt(generator, 1, config_.maxHintPatchSize + 1);
            const int64_t y = randomInt(generator, 0, crop - size + 1);
            const int64_t x = randomInt(generator, 0, crop - size + 1);
            const auto region = ab[i].narrow(1, y, size).narrow(2, x, size);
            hintAb[i].narrow(1, y, size).narrow(2, x, size).copy_(region.mean({1, 2}, true).expand_as(region));
            hintMask[i].narrow(1, y, size).narrow(2, x, size).fill_(1.0);
        }
    }

    // Validation measures the conditional network only. No draw when off, so that runs without
    // it keep their random stream.
    if (augment && config_.unconditionalProbability > 0.0) {
        const auto kept = (torch::rand({count, 1, 1, 1}, generator) >= config_.unconditionalProbability).to(torch::kFloat);
        luminance = luminance * kept;
        hintAb.mul_(kept);
        hintMask.mul_(kept);
    }

    const auto t = fixedT.defined() ? fixedT : torch::randint(0, schedule_.timesteps(), {count}, generator, torch::kLong);
    const auto noise = torch::randn({count, 2, crop, crop}, generator, torch::kFloat);
    const auto xt = qSample(schedule_, ab, t, noise);
    return Batch{networkInput(xt, luminance, hintAb, hintMask), t, trainingTarget(schedule_, ab, t, noise)};
}

void Trainer::updateEma()
{
    torch::NoGradGuard noGrad;
    // Short runs (fine-tuning) would otherwise keep mostly the initial weights.
    const double decay = std::min(config_.emaDecay, double(1 + step_) / double(10 + step_));
    auto emaParams = ema_->parameters();
    auto params = net_->parameters();
    for (size_t i = 0; i < params.size(); ++i)
        emaParams[i].mul_(decay).add_(params[i].detach(), 1.0 - decay);
}

double Trainer::trainStep()
{
    net_->train();
    // Every rank draws the same global batch and keeps its slice, so data-parallel training
    // equals one process with the global batch.
    const auto indices = sampleWeights_.defined()
        ? torch::multinomial(sampleWeights_, config_.batchSize, /*replacement=*/true, generator_)
        : torch::randint(0, trainLab_.size(0), {config_.batchSize}, generator_, torch::kLong);
    auto batch = makeBatch(trainLab_, indices, true, generator_);
    const int64_t local = config_.batchSize / config_.worldSize;
    const int64_t begin = local * config_.rank;
    const auto input = batch.input.narrow(0, begin, local).to(device_);
    const auto t = batch.t.narrow(0, begin, local).to(device_);
    const auto target = batch.target.narrow(0, begin, local).to(device_);

    for (auto& group : optimizer_->param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options()).lr(config_.learningRateAt(step_));
    optimizer_->zero_grad();
    torch::Tensor loss;
    {
        const CpuAutocast autocast(config_.bf16 && device_.is_cpu());
        loss = torch::mse_loss(net_->forward(input, t).to(torch::kFloat), target);
    }
    loss.backward();
    if (gradientSync_) {
        std::vector<torch::Tensor> gradients;
        for (auto& p : net_->parameters())
            if (p.grad().defined())
                gradients.push_back(p.grad());
        gradientSync_(gradients);
    }
    if (config_.gradientClip > 0)
        torch::nn::utils::clip_grad_norm_(net_->parameters(), config_.gradientClip);
    optimizer_->step();
    ++step_;
    updateEma();
    return loss.item<double>();
}

double Trainer::validationLoss()
{
    c10::InferenceMode inference;
    auto generator = at::detail::createCPUGenerator(kValidationSeed);
    const int64_t images = std::min<int64_t>(config_.validationImages, valLab_.size(0));
    // Evenly spaced over the whole held-out pack, so that a pack joined from several sources
    // (scenes, people) is validated on all of them.
    const auto chosen = torch::div(torch::arange(images, torch::kLong) * valLab_.size(0), images, "floor");
    double total = 0.0;
    for (int64_t begin = 0; begin < images; begin += config_.batchSize) {
        const int64_t count = std::min(config_.batchSize, images - begin);
        const auto indices = chosen.narrow(0, begin, count);
        // Timesteps at the midpoints of `images` equal slices of the schedule, so that the curve
        // does not depend on luck and no image lands on t = 0, where the velocity target is
        // almost pure noise and one image would dominate a small held-out set.
        const auto t = ((2 * torch::arange(begin, begin + count, torch::kLong) + 1) * schedule_.timesteps()) / (2 * images);
        const auto batch = makeBatch(valLab_, indices, false, generator, t);
        const CpuAutocast autocast(config_.bf16 && device_.is_cpu());
        const auto predicted = ema_->forward(batch.input.to(device_), batch.t.to(device_)).to(torch::kFloat);
        total += torch::mse_loss(predicted, batch.target.to(device_), torch::Reduction::Sum).item<double>();
    }
    const double loss = total / double(images * 2 * config_.crop * config_.crop);
    validationHistory_.push_back(loss);
    return loss;
}

void Trainer::saveCheckpoint(const std::string& path) const
{
    SafetensorsContent content;
    for (const auto& item : net_->named_parameters())
        content.tensors["net." + item.key()] = item.value();
    for (const auto& item : ema_->named_parameters())
        content.tensors["ema." + item.key()] = item.value();
    const auto params = net_->parameters();
    int64_t optimizerStep = 0;
    for (size_t i = 0; i < params.size(); ++i) {
        const auto found = optimizer_->state().find(optimizerKey(params[i]));
        if (found == optimizer_->state().end())
            continue;
        const auto& state = static_cast<const torch::optim::AdamWParamState&>(*found->second);
        content.tensors["adam." + std::to_string(i) + ".exp_avg"] = state.exp_avg();
        content.tensors["adam." + std::to_string(i) + ".exp_avg_sq"] = state.exp_avg_sq();
        optimizerStep = state.step();
    }
    content.tensors["rng"] = generator_.get_state();
    nlohmann::json history = validationHistory_;
    content.metadata = {
        {"colorized.checkpoint", "1"},
        {"colorized.step", std::to_string(step_)},
        {"colorized.adam_step", std::to_string(optimizerStep)},
        {"colorized.train", toJson(config_).dump()},
        {"colorized.validation", history.dump()},
    };
    writeNetworkSpec(content.metadata, net_->spec());
    writeSafetensors(path, content);
}

void Trainer::loadCheckpoint(const std::string& path)
{
    auto content = readSafetensors(path);
    if (content.metadata["colorized.checkpoint"] != "1")
        throw std::runtime_error(path + " is not a COLORIZED training checkpoint.");
    const NetworkSpec stored = readNetworkSpec(content.metadata, path);
    if (stored != net_->spec())
        throw std::runtime_error(path + " was written for a different network (" + stored.architecture + " "
                                 + stored.config.dump() + ") than the one being trained (" + net_->spec().architecture
                                 + " " + net_->spec().config.dump() + ").");
    torch::NoGradGuard noGrad;
    const auto take = [&](const std::string& name, const torch::Tensor& target) {
        const auto found = content.tensors.find(name);
        if (found == content.tensors.end() || found->second.sizes() != target.sizes())
            throw std::runtime_error(path + " is incomplete: " + name + " is missing or has the wrong shape.");
        return found->second.to(target.device(), target.scalar_type());
    };
    for (auto& item : net_->named_parameters())
        item.value().copy_(take("net." + item.key(), item.value()));
    for (auto& item : ema_->named_parameters())
        item.value().copy_(take("ema." + item.key(), item.value()));
    const int64_t optimizerStep = std::stoll(content.metadata["colorized.adam_step"]);
    const auto params = net_->parameters();
    optimizer_->state().clear();
    for (size_t i = 0; i < params.size(); ++i) {
        const std::string prefix = "adam." + std::to_string(i);
        if (!content.tensors.count(prefix + ".exp_avg"))
            continue;
        auto state = std::make_unique<torch::optim::AdamWParamState>();
        state->step(optimizerStep);
        state->exp_avg(take(prefix + ".exp_avg", params[i]).clone());
        state->exp_avg_sq(take(prefix + ".exp_avg_sq", params[i]).clone());
        optimizer_->state()[optimizerKey(params[i])] = std::move(state);
    }
    generator_.set_state(content.tensors.at("rng"));
    step_ = std::stoll(content.metadata["colorized.step"]);
    validationHistory_ = nlohmann::json::parse(content.metadata["colorized.validation"]).get<std::vector<double>>();
}

void Trainer::exportModel(const std::string& path, WeightPrecision precision, const nlohmann::json& provenance) const
{
    ModelInfo info = modelInfo_;
    info.resolution = modelInfo_.resolution;
    for (const auto& [key, value] : provenance.items())
        info.provenance[key] = value;
    info.provenance["training"] = toJson(config_);
    info.provenance["training"]["steps_done"] = step_;
    if (!validationHistory_.empty())
        info.provenance["validation_loss"] = validationHistory_.back();
    saveModel(path, *ema_, info, precision);
}

bool runTraining(Trainer& trainer, const TrainLoopOptions& options, const std::atomic<bool>* cancel)
{
    using Clock = std::chrono::steady_clock;
    const auto& config = trainer.config();
    double smoothedRate = 0.0;
    const auto saveCheckpoint = [&] {
        if (options.checkpointPath.empty() || config.rank != 0)
            return;
        trainer.saveCheckpoint(options.checkpointPath);
        if (options.onCheckpoint)
            options.onCheckpoint(options.checkpointPath);
    };
    while (trainer.step() < config.steps) {
        if (cancel && cancel->load()) {
            saveCheckpoint();
            return false;
        }
        const auto start = Clock::now();
        TrainProgress progress;
        progress.loss = trainer.trainStep();
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        const double rate = double(config.batchSize) / std::max(seconds, 1e-9);
        smoothedRate = smoothedRate == 0.0 ? rate : 0.9 * smoothedRate + 0.1 * rate;
        progress.step = trainer.step();
        progress.totalSteps = config.steps;
        progress.imagesPerSecond = smoothedRate;
        progress.etaSeconds = double(config.steps - progress.step) * config.batchSize / smoothedRate;
        if (config.validateEvery > 0 && (progress.step % config.validateEvery == 0 || progress.step == config.steps))
            progress.validationLoss = trainer.validationLoss();
        if (config.checkpointEvery > 0 && progress.step % config.checkpointEvery == 0)
            saveCheckpoint();
        if (options.onProgress)
            options.onProgress(progress);
    }
    saveCheckpoint();
    return true;
}

}  // namespace colorized
