// The network seam: architectures by name, their configuration through model files, and every
// file from before "colorized.architecture" still loading as the U-Net it is.

#include "colorized/core/modelfile.h"
#include "colorized/core/networkfactory.h"
#include "colorized/core/safetensors.h"
#include "colorized/core/unet.h"

#include "tinymodel.h"

#include <torch/torch.h>

#include <QtTest>

#include <functional>

using namespace colorized;

namespace colorized {

// Found by QCOMPARE through argument-dependent lookup: failures print both specs.
char* toString(const NetworkSpec& spec)
{
    return qstrdup((spec.architecture + " " + spec.config.dump()).c_str());
}

}  // namespace colorized

namespace {

UNetConfig tinyUNet(int64_t stem, bool attention)
{
    UNetConfig config = testsupport::tinyUNetConfig();
    config.stem = stem;
    config.bottleneckAttention = attention;
    return config;
}

ModelInfo tinyInfo()
{
    return testsupport::tinyModelInfo();
}

// A model file exactly as saveModel wrote it before the architecture key existed: the U-Net
// configuration under "colorized.unet" and nothing else naming the network.
void writeLegacyModel(const std::string& path, const UNetImpl& net, const nlohmann::json& unetConfig)
{
    SafetensorsContent content;
    for (const auto& item : net.named_parameters())
        content.tensors[item.key()] = item.value().detach().clone();
    content.metadata = {
        {"colorized.format", "1"},
        {"colorized.name", "legacy"},
        {"colorized.description", ""},
        {"colorized.unet", unetConfig.dump()},
        {"colorized.schedule", toJson(tinyInfo().schedule).dump()},
        {"colorized.resolution", "32"},
        {"colorized.provenance", "{}"},
    };
    writeSafetensors(path, content);
}

bool sameOutput(ColorNetworkImpl& a, ColorNetworkImpl& b, int64_t side)
{
    c10::InferenceMode inference;
    a.eval();
    b.eval();
    torch::manual_seed(9);
    const auto x = torch::randn({2, 6, side, side});
    const auto t = torch::tensor({3, 40});
    return torch::equal(a.forward(x, t), b.forward(x, t));
}

}  // namespace

class TestNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void factoryBuildsTheUNetFamily_data()
    {
        QTest::addColumn<int>("stem");
        QTest::addColumn<bool>("attention");
        QTest::newRow("seed: full resolution, no attention") << 1 << false;
        QTest::newRow("stem 2 with bottleneck attention") << 2 << true;
    }

    void factoryBuildsTheUNetFamily()
    {
        QFETCH(int, stem);
        QFETCH(bool, attention);
        const UNetConfig config = tinyUNet(stem, attention);
        const ColorNetwork net = createNetwork(unetSpec(config));
        QVERIFY(std::dynamic_pointer_cast<UNetImpl>(net));
        QCOMPARE(net->spec(), unetSpec(config));
        QCOMPARE(net->sizeMultiple(), config.sizeMultiple());
        QCOMPARE(net->inputChannels(), int64_t(6));
        QCOMPARE(net->parameterCount(), UNet(config)->parameterCount());
    }

    void defaultSpecIsTheSeedUNet()
    {
        QCOMPARE(defaultNetworkSpec(), unetSpec(UNetConfig{}));
        QCOMPARE(createNetwork(defaultNetworkSpec())->parameterCount(), int64_t(7361506));
        QVERIFY(isKnownArchitecture(kLegacyArchitecture));
    }

    void canonicalSpecFillsDefaults()
    {
        // A configuration from before the stem and attention were stored means neither.
        auto old = toJson(tinyUNet(1, false));
        old.erase("stem");
        old.erase("bottleneck_attention");
        QCOMPARE(canonicalSpec({"unet", old}), unetSpec(tinyUNet(1, false)));
    }

    void unknownArchitectureIsRefused()
    {
        try {
            createNetwork({"transformer-xl", nlohmann::json::object()});
            QFAIL("an unknown architecture was built");
        } catch (const std::runtime_error& error) {
            QVERIFY2(std::string(error.what()).find("\"transformer-xl\"") != std::string::npos, error.what());
            QVERIFY2(std::string(error.what()).find("unet") != std::string::npos, error.what());
        }
        QVERIFY(!isKnownArchitecture("transformer-xl"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, canonicalSpec({"transformer-xl", {}}));
    }

    void invalidConfigurationIsRefused()
    {
        auto odd = toJson(tinyUNet(1, false));
        odd["base_width"] = 7;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, canonicalSpec({"unet", odd}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, createNetwork({"unet", "not an object"}));
    }

    // The trainer and the colorizer both build the input here, so this order is the model's.
    void networkInputOrdersTheChannels()
    {
        const auto plane = [](float value, int64_t channels) { return torch::full({2, channels, 4, 4}, value); };
        const auto input = networkInput(plane(1, 2), plane(2, 1), plane(3, 2), plane(4, 1));
        QCOMPARE(input.sizes().vec(), (std::vector<int64_t>{2, 6, 4, 4}));
        QVERIFY(torch::equal(input.amax({0, 2, 3}), torch::tensor({1.0F, 1.0F, 2.0F, 3.0F, 3.0F, 4.0F})));
        QVERIFY(torch::equal(input.amin({0, 2, 3}), input.amax({0, 2, 3})));
        QCOMPARE(input.size(1), createNetwork(unetSpec(tinyUNet(1, false)))->inputChannels());
    }

    void architectureAndConfigRoundTrip()
    {
        torch::manual_seed(2);
        const ColorNetwork net = createNetwork(unetSpec(tinyUNet(2, true)));
        const std::string file = path("stem2.safetensors");
        saveModel(file, *net, tinyInfo());

        const auto metadata = readSafetensorsMetadata(file);
        QCOMPARE(metadata.at("colorized.architecture"), std::string("unet"));
        QCOMPARE(nlohmann::json::parse(metadata.at("colorized.unet")), toJson(tinyUNet(2, true)));
        QCOMPARE(readModelInfo(file).network, net->spec());

        auto loaded = loadModel(file);
        QCOMPARE(loaded.info.network, net->spec());
        QCOMPARE(loaded.net->spec(), net->spec());
        QCOMPARE(loaded.net->sizeMultiple(), int64_t(4));
        QVERIFY(sameOutput(*net, *loaded.net, 16));
    }

    // Parameter names and the configuration key are those of every file written before the
    // architecture key, so such files load unchanged; a configuration that predates the stem
    // means the seed's full-resolution U-Net.
    void fileWithoutArchitectureKeyLoadsAsUNet_data()
    {
        QTest::addColumn<int>("stem");
        QTest::addColumn<bool>("attention");
        QTest::addColumn<bool>("predatesTheStem");
        QTest::newRow("seed U-Net, before the stem existed") << 1 << false << true;
        QTest::newRow("stem 2 with attention") << 2 << true << false;
    }

    void fileWithoutArchitectureKeyLoadsAsUNet()
    {
        QFETCH(int, stem);
        QFETCH(bool, attention);
        QFETCH(bool, predatesTheStem);
        torch::manual_seed(4);
        UNet net(tinyUNet(stem, attention));
        auto stored = toJson(tinyUNet(stem, attention));
        if (predatesTheStem) {
            stored.erase("stem");
            stored.erase("bottleneck_attention");
        }
        const std::string file = path("legacy.safetensors");
        writeLegacyModel(file, *net, stored);

        auto loaded = loadModel(file);
        QCOMPARE(loaded.info.network, unetSpec(tinyUNet(stem, attention)));
        QVERIFY(std::dynamic_pointer_cast<UNetImpl>(loaded.net));
        QVERIFY(sameOutput(*net, *loaded.net, 16));
    }

    void fileWithUnknownArchitectureIsRefusedByName()
    {
        torch::manual_seed(5);
        const std::string file = path("future.safetensors");
        saveModel(file, *createNetwork(unetSpec(tinyUNet(1, false))), tinyInfo());
        auto content = readSafetensors(file);
        content.metadata["colorized.architecture"] = "hourglass";
        content.metadata["colorized.hourglass"] = "{}";
        writeSafetensors(file, content);

        expectOneSentenceNaming([&] { loadModel(file); }, "future.safetensors", "\"hourglass\"");
        expectOneSentenceNaming([&] { readModelInfo(file); }, "future.safetensors", "\"hourglass\"");
    }

    // Whichever default model is committed, with or without the architecture key.
    void shippedModelLoads()
    {
        const auto model = loadModel(COLORIZED_TEST_SOURCE_DIR "/../resources/models/colorized-default.safetensors");
        QCOMPARE(model.info.network.architecture, std::string("unet"));
        QCOMPARE(model.net->spec(), model.info.network);
    }

private:
    static void expectOneSentenceNaming(const std::function<void()>& load, const std::string& file,
                                        const std::string& name)
    {
        try {
            load();
            QFAIL("a file of an unknown architecture was accepted");
        } catch (const std::runtime_error& error) {
            const std::string message = error.what();
            QVERIFY2(message.find(file) != std::string::npos, error.what());
            QVERIFY2(message.find(name) != std::string::npos, error.what());
            QVERIFY2(message.find('\n') == std::string::npos && message.back() == '.', error.what());
        }
    }

    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
