#include "commands.h"
#include "samplingoptions.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/metrics.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"

#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace colorized::cli {

namespace {

struct EvalArguments {
    std::string data;
    std::string json;
    int limit = 0;
    SamplingArguments sampling;
};

// Sums of every metric over the images; the report prints their means.
struct MetricSums {
    double psnr = 0, ssim = 0, ciede2000 = 0, abAuc = 0, colorfulness = 0, reference = 0;
    int count = 0;

    void add(const imaging::ImageMetrics& m)
    {
        psnr += m.psnr;
        ssim += m.ssim;
        ciede2000 += m.ciede2000;
        abAuc += m.abAuc;
        colorfulness += m.colorfulness;
        reference += m.referenceColorfulness;
        ++count;
    }

    nlohmann::json means() const
    {
        const double n = std::max(count, 1);
        return {{"psnr", psnr / n},
                {"ssim", ssim / n},
                {"ciede2000", ciede2000 / n},
                {"ab_auc", abAuc / n},
                {"colorfulness", colorfulness / n},
                {"colorfulness_ratio", reference > 0 ? colorfulness / reference : 0.0}};
    }
};

void printRow(const std::string& name, const nlohmann::json& m)
{
    std::cout << std::left << std::setw(22) << name << std::right << std::fixed << std::setprecision(2) << std::setw(8)
              << m["psnr"].get<double>() << std::setprecision(4) << std::setw(8) << m["ssim"].get<double>()
              << std::setprecision(2) << std::setw(9) << m["ciede2000"].get<double>() << std::setprecision(4)
              << std::setw(8) << m["ab_auc"].get<double>() << std::setprecision(2) << std::setw(9)
              << m["colorfulness"].get<double>() << std::setw(8) << m["colorfulness_ratio"].get<double>() << "\n";
}

int runEval(const EvalArguments& args)
{
    configureThreads(args.sampling.threads);
    const auto options = args.sampling.toOptions();
    const std::string modelPath = args.sampling.modelPath();
    auto model = loadModel(modelPath);
    auto files = imaging::listImages(args.data);
    if (args.limit > 0 && int(files.size()) > args.limit)
        files.resize(args.limit);
    if (files.empty())
        throw std::runtime_error("No images in " + args.data + ".");

    MetricSums gray, single, best;
    double seconds = 0;
    nlohmann::json perImage = nlohmann::json::array();
    for (const auto& file : files) {
        // The ground truth is the color photo; the colorizer sees only its L* (the pipeline
        // keeps L* and replaces a*b*), exactly like a gray scan of it.
        const auto truth = imaging::loadScan(file);
        if (truth.sourceIsGray) {
            std::cerr << "skipped " << file << ": it has no color to compare against\n";
            continue;
        }
        imaging::ColorizeRequest request;
        request.options = options;
        request.resolution = args.sampling.resolution;
        const auto started = std::chrono::steady_clock::now();
        const auto outcome = imaging::colorizeScan(model, truth, request);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

        const auto grayMetrics = imaging::computeMetrics(imaging::grayBaseline(truth.pixels), truth.pixels);
        const auto first = imaging::computeMetrics(outcome->image, truth.pixels);
        auto bestMetrics = first;
        for (int k = 1; k < options.candidates; ++k) {
            const auto m = imaging::computeMetrics(imaging::composeCandidate(truth, *outcome, k), truth.pixels);
            if (m.ciede2000 < bestMetrics.ciede2000)
                bestMetrics = m;
        }
        gray.add(grayMetrics);
        single.add(first);
        best.add(bestMetrics);
        perImage.push_back({{"file", file}, {"ciede2000", first.ciede2000}, {"best_ciede2000", bestMetrics.ciede2000},
                            {"gray_ciede2000", grayMetrics.ciede2000}, {"colorfulness", first.colorfulness},
                            {"reference_colorfulness", first.referenceColorfulness}});
        std::cerr << "\r" << single.count << "/" << files.size() << std::flush;
    }
    std::cerr << "\n";

    const auto& s = args.sampling;
    const std::string samplerText =
        s.sampler == "ddpm" ? "ddpm " + std::to_string(model.info.schedule.timesteps) + " steps"
                            : "ddim " + std::to_string(s.steps) + " steps, eta " + std::to_string(s.eta).substr(0, 4);
    std::cout << "model " << model.info.name << ", " << single.count << " images from " << args.data << ", "
              << samplerText << ", seed " << s.seed << ", " << std::fixed << std::setprecision(2)
              << seconds / std::max(single.count, 1) << " s/image (pipeline, " << s.candidates << " candidates)\n";
    std::cout << std::left << std::setw(22) << "" << std::right << std::setw(8) << "PSNR" << std::setw(8) << "SSIM"
              << std::setw(9) << "dE2000" << std::setw(8) << "AuC" << std::setw(9) << "colorf." << std::setw(8)
              << "ratio" << "\n";
    printRow("gray baseline", gray.means());
    printRow("one sample", single.means());
    if (s.candidates > 1)
        printRow("best of " + std::to_string(s.candidates) + " (dE2000)", best.means());

    if (!args.json.empty()) {
        const nlohmann::json report = {
            {"model", model.info.name},
            {"model_sha256", model.sha256},
            {"data", args.data},
            {"images", single.count},
            {"sampler", s.sampler},
            {"steps", s.sampler == "ddpm" ? model.info.schedule.timesteps : s.steps},
            {"eta", s.eta},
            {"seed", s.seed},
            {"candidates", s.candidates},
            {"seconds_per_image", seconds / std::max(single.count, 1)},
            {"gray_baseline", gray.means()},
            {"one_sample", single.means()},
            {"best_of_candidates", best.means()},
            {"per_image", perImage},
        };
        const std::string temporary = args.json + ".part";
        std::ofstream(temporary) << report.dump(2) << "\n";
        std::filesystem::rename(temporary, args.json);
    }
    return kExitOk;
}

}  // namespace

void addEvalCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand(
        "eval", "Colorize the L* of color photos and compare with the originals (PSNR, SSIM, CIEDE2000, AuC, colorfulness).");
    auto args = std::make_shared<EvalArguments>();
    command->add_option("--data", args->data, "Folder of color photos (ground truth)")->required();
    command->add_option("--json", args->json, "Also write the report as JSON here");
    command->add_option("--limit", args->limit, "Evaluate only the first N images");
    args->sampling.addTo(*command);
    command->callback([&run, args] { run = [args] { return runEval(*args); }; });
}

}  // namespace colorized::cli
