// A model file's header checked without LibTorch (safetensorsheader.h, networkspec.h,
// unetconfig.h): the crafted files of issue 13 refused with one sentence naming the file and
// what is wrong, before any network is built; the fuzzer's corpus read or refused.
#include "colorized/core/networkspec.h"
#include "colorized/core/safetensorsheader.h"
#include "colorized/core/unetconfig.h"
#include "colorized/core/workingresolution.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>

#include <sys/stat.h>

using namespace colorized;

namespace {

void verifyOneSentenceNaming(const std::function<void()>& check, const std::string& file, const std::string& problem)
{
    try {
        check();
        QFAIL("a damaged model header was accepted");
    } catch (const std::runtime_error& error) {
        const std::string message = error.what();
        QVERIFY2(message.find(file) != std::string::npos, error.what());
        QVERIFY2(message.find(problem) != std::string::npos, error.what());
        QVERIFY2(message.find('\n') == std::string::npos && message.back() == '.', error.what());
    }
}

// A safetensors file in memory: the 8-byte length, `json`, then `dataBytes` zero bytes.
std::string fileBytes(const nlohmann::json& json, uint64_t dataBytes)
{
    const std::string text = json.dump();
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i)
        bytes[size_t(i)] = char((uint64_t(text.size()) >> (8 * i)) & 0xff);
    return bytes + text + std::string(dataBytes, '\0');
}

SafetensorsHeader headerOf(const std::string& bytes, const std::string& path)
{
    std::istringstream in(bytes);
    return readSafetensorsHeader(in, bytes.size(), path);
}

// The metadata and F16 tensors of a U-Net of `config` exactly as the configuration implies.
nlohmann::json modelHeader(const nlohmann::json& config, const TensorShapes& shapes, uint64_t& dataBytes)
{
    nlohmann::json header = {{"__metadata__", {{"colorized.architecture", "unet"}, {"colorized.unet", config.dump()}}}};
    dataBytes = 0;
    for (const auto& [name, shape] : shapes) {
        uint64_t elements = 1;
        for (const int64_t size : shape)
            elements *= uint64_t(size);
        header[name] = {{"dtype", "F16"}, {"shape", shape}, {"data_offsets", {dataBytes, dataBytes + 2 * elements}}};
        dataBytes += 2 * elements;
    }
    return header;
}

UNetConfig tinyConfig()
{
    UNetConfig config;
    config.baseWidth = 8;
    config.levelMultipliers = {1, 2};
    config.blocksPerLevel = 1;
    config.bottleneckBlocks = 1;
    return config;
}

}  // namespace

class TestModelFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void shippedConfigurationIsWithinTheLimits()
    {
        UNetConfig shipped;
        shipped.stem = 2;
        shipped.bottleneckAttention = true;
        const NetworkSpec spec = canonicalSpec(unetSpec(shipped));
        QVERIFY(spec == unetSpec(shipped));
        QCOMPARE(elementCount(networkTensorShapes(spec)), int64_t(7630568));   // the shipped model's count
    }

    // Issue 13, findings 2 and 3: what crafted metadata claimed, refused by name before
    // anything is built (the width of 1e6 grew `info` to 20 GB; zero levels printed LibTorch's
    // select() error with twenty backtrace frames).
    void refusesConfigurationsOutsideTheLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("width 1e6") << "base_width" << "1000000" << "base_width is 1000000, outside 2 to 512";
        QTest::newRow("width 1e6 as a float") << "base_width" << "1e6" << "base_width is 1000000.0, outside 2 to 512";
        QTest::newRow("width 1e39") << "base_width" << "1e39" << "base_width is 1e+39, outside 2 to 512";
        QTest::newRow("width 0") << "base_width" << "0" << "base_width is 0, outside 2 to 512";
        QTest::newRow("width -32") << "base_width" << "-32" << "base_width is -32, outside 2 to 512";
        QTest::newRow("odd width") << "base_width" << "7" << "base_width is 7, not an even number";
        QTest::newRow("100,000 blocks") << "blocks_per_level" << "100000" << "blocks_per_level is 100000, outside 1 to 8";
        QTest::newRow("100,000 bottleneck blocks") << "bottleneck_blocks" << "100000" << "bottleneck_blocks is 100000, outside 0 to 8";
        QTest::newRow("no levels") << "level_multipliers" << "[]" << "level_multipliers must be a list of 1 to 6 numbers";
        QTest::newRow("zero multiplier") << "level_multipliers" << "[0, 2]" << "a level multiplier is 0, outside 1 to 16";
        QTest::newRow("zero input channels") << "in_channels" << "0" << "in_channels is 0, outside 1 to 64";
        QTest::newRow("negative output channels") << "out_channels" << "-2" << "out_channels is -2, outside 1 to 64";
        QTest::newRow("groups not dividing") << "groups" << "3" << "groups is 3, which does not divide base_width 8";
        QTest::newRow("stem 1000") << "stem" << "1000" << "stem is 1000, outside 1 to 8";
        QTest::newRow("width as text") << "base_width" << "\"wide\"" << "base_width is \"wide\", not a number";
        QTest::newRow("fractional width") << "base_width" << "8.5" << "base_width is 8.5, not a whole number";
        QTest::newRow("too many parameters") << "level_multipliers" << "[16, 16, 16, 16, 16, 16]"
                                             << "more than the 100000000 this version supports";
    }

    void refusesConfigurationsOutsideTheLimits()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        nlohmann::json config = toJson(tinyConfig());
        if (field == "level_multipliers" && value.startsWith("[16"))
            config["base_width"] = 128;
        config[field.toStdString()] = nlohmann::json::parse(value.toStdString());
        const std::map<std::string, std::string> metadata = {{"colorized.architecture", "unet"},
                                                             {"colorized.unet", config.dump()}};
        verifyOneSentenceNaming([&] { readNetworkSpec(metadata, "crafted.safetensors"); }, "crafted.safetensors",
                                problem.toStdString());
    }

    void acceptsAFileThatMatchesItsConfiguration()
    {
        uint64_t dataBytes = 0;
        const UNetConfig config = tinyConfig();
        const nlohmann::json json = modelHeader(toJson(config), unetTensorShapes(config), dataBytes);
        const auto bytes = fileBytes(json, dataBytes);
        const SafetensorsHeader header = headerOf(bytes, "tiny.safetensors");
        const NetworkSpec spec = readNetworkSpec(header.metadata, "tiny.safetensors");
        QVERIFY(spec.config == toJson(config));
        checkNetworkTensors(spec, header, "tiny.safetensors");
    }

    // The tensors are compared with the configuration before any module exists.
    void refusesTensorsTheConfigurationDoesNotImply_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << "missing" << "lacks the tensor output.bias";
        QTest::newRow("extra") << "extra" << "holds the tensor extra.weight, which its unet configuration does not use";
        QTest::newRow("wrong shape") << "shape" << "holds the tensor output.bias of shape [3]";
    }

    void refusesTensorsTheConfigurationDoesNotImply()
    {
        QFETCH(QString, damage);
        QFETCH(QString, problem);
        const UNetConfig config = tinyConfig();
        TensorShapes shapes = unetTensorShapes(config);
        if (damage == "missing")
            shapes.erase("output.bias");
        else if (damage == "extra")
            shapes["extra.weight"] = {4};
        else if (damage == "shape")
            shapes["output.bias"] = {3};
        uint64_t dataBytes = 0;
        const nlohmann::json json = modelHeader(toJson(config), shapes, dataBytes);
        const SafetensorsHeader header = headerOf(fileBytes(json, dataBytes), "damaged.safetensors");
        verifyOneSentenceNaming([&] { checkNetworkTensors(readNetworkSpec(header.metadata, "damaged.safetensors"), header,
                                                          "damaged.safetensors"); },
                                "damaged.safetensors", problem.toStdString());
    }

    void refusesIntegerWeights()
    {
        const UNetConfig config = tinyConfig();
        uint64_t dataBytes = 0;
        nlohmann::json json = modelHeader(toJson(config), unetTensorShapes(config), dataBytes);
        // output.bias is [2] F16 = 4 bytes; as U8 it needs 2 bytes: shrink its range to match.
        json["output.bias"]["dtype"] = "U8";
        const uint64_t begin = json["output.bias"]["data_offsets"][0].get<uint64_t>();
        json["output.bias"]["data_offsets"] = {begin, begin + 2};
        const SafetensorsHeader header = headerOf(fileBytes(json, dataBytes), "integer.safetensors");
        verifyOneSentenceNaming([&] { checkNetworkTensors(readNetworkSpec(header.metadata, "integer.safetensors"), header,
                                                          "integer.safetensors"); },
                                "integer.safetensors", "as U8 numbers, not floating point");
    }

    // Tensors cannot claim more bytes than the file holds, whatever their offsets say: this
    // bounds the parameters of any file by its size.
    void refusesHeadersTheFileCannotHold_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("shared bytes") << "overlap" << "its tensors claim more bytes than the file holds";
        QTest::newRow("shape product overflows") << "overflow" << "lies outside the file or has the wrong size";
        QTest::newRow("negative size") << "negative" << "has a size that is not a whole number from 0 up";
        QTest::newRow("float size") << "float" << "has a size that is not a whole number from 0 up";
        QTest::newRow("float offset") << "float offset" << "is malformed";
        QTest::newRow("unknown dtype") << "dtype" << "unsupported type \"Q4\"";
        QTest::newRow("metadata not text") << "metadata" << "metadata value \"colorized.name\" is not a string";
    }

    void refusesHeadersTheFileCannotHold()
    {
        QFETCH(QString, damage);
        QFETCH(QString, problem);
        nlohmann::json json = nlohmann::json::object();
        const auto tensor = [](nlohmann::json shape, nlohmann::json offsets) {
            return nlohmann::json{{"dtype", "F32"}, {"shape", shape}, {"data_offsets", offsets}};
        };
        if (damage == "overlap") {
            json["a"] = tensor({4}, {0, 16});
            json["b"] = tensor({4}, {0, 16});
        } else if (damage == "overflow") {
            json["a"] = tensor({uint64_t(1) << 32, uint64_t(1) << 32, 16}, {0, 0});
        } else if (damage == "negative") {
            json["a"] = tensor({-4}, {0, 16});
        } else if (damage == "float") {
            json["a"] = tensor({4.0}, {0, 16});
        } else if (damage == "float offset") {
            json["a"] = tensor({4}, {0, 1e39});
        } else if (damage == "dtype") {
            json["a"] = tensor({4}, {0, 16});
            json["a"]["dtype"] = "Q4";
        } else if (damage == "metadata") {
            json["__metadata__"] = {{"colorized.name", 42}};
        }
        verifyOneSentenceNaming([&] { headerOf(fileBytes(json, 16), "bad.safetensors"); }, "bad.safetensors",
                                problem.toStdString());
    }

    void refusesAHeaderOverTheLimitBeforeReadingIt()
    {
        std::string bytes(8, '\0');
        const uint64_t length = kMaxSafetensorsHeaderBytes + 1;
        for (int i = 0; i < 8; ++i)
            bytes[size_t(i)] = char((length >> (8 * i)) & 0xff);
        // The stream holds no header at all: only the length is read, then refused.
        std::istringstream in(bytes);
        verifyOneSentenceNaming([&] { readSafetensorsHeader(in, length + 8, "long.safetensors"); }, "long.safetensors",
                                "header length is out of range");
    }

    void refusesAFifoWithoutOpeningIt()
    {
        const QString fifo = dir_.filePath("model.safetensors");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        verifyOneSentenceNaming([&] { readSafetensorsHeader(fifo.toStdString()); }, "model.safetensors",
                                "not a regular file");
    }

    // A name read from the file goes into a message on one line and bounded (the fuzzer found a
    // tensor name holding a line break).
    void namesFromTheFileArePrintable()
    {
        QCOMPARE(printableName("enc.0.weight"), std::string("enc.0.weight"));
        QCOMPARE(printableName("a\nb\x7f"), std::string("a\\x0ab\\x7f"));
        QCOMPARE(printableName(std::string(100, 'w')), std::string(80, 'w') + "...");
        // 79 ASCII bytes, then a 2-byte character that the 80-byte cut would split.
        QCOMPARE(printableName(std::string(79, 'w') + "\xc3\xa9z"), std::string(79, 'w') + "...");
    }

    // The fuzzer's seeds and every input it found (tests/data/fuzz/modelheader/): the valid
    // seeds pass every check (so the fuzzer starts deep), the crafted ones are refused with a
    // sentence, and nothing else happens to any of them.
    void fuzzCorpusIsReadOrRefused()
    {
        const QDir corpus(QStringLiteral(COLORIZED_TEST_SOURCE_DIR "/data/fuzz/modelheader"));
        const auto files = corpus.entryInfoList(QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QFileInfo& file : files) {
            const std::string path = file.filePath().toStdString();
            const auto check = [&] {
                const SafetensorsHeader header = readSafetensorsHeader(path);
                checkNetworkTensors(readNetworkSpec(header.metadata, path), header, path);
            };
            if (file.fileName().startsWith("valid-"))
                check();
            else
                verifyOneSentenceNaming(check, file.fileName().toStdString(), "");
        }
    }

    // A model trained on crops of 64 that works best at 128 makes, fine-tuned at 96, a model that
    // works at 192: the ratio its base was measured at. A file without a recorded crop was made
    // to work at its crop.
    void fineTuneKeepsItsBasesRatioOfResolutionToCrop()
    {
        const auto provenance = nlohmann::json::parse(R"({"training": {"crop": 64, "steps": 29000}})");
        QCOMPARE(trainingCropOf(provenance, 128), int64_t{64});
        QCOMPARE(trainingCropOf(nlohmann::json::object(), 128), int64_t{128});
        QCOMPARE(trainingCropOf(nlohmann::json::parse(R"({"training": {"crop": "64"}})"), 128), int64_t{128});
        QCOMPARE(trainingCropOf(nlohmann::json::parse(R"({"training": {"crop": -8}})"), 128), int64_t{128});
        QCOMPARE(trainingCropOf(nlohmann::json::parse(R"({"training": 3})"), 96), int64_t{96});

        const auto trainedAt = [](int64_t crop) { return nlohmann::json{{"training", {{"crop", crop}}}}; };
        QCOMPARE(fineTunedResolution(128, provenance, 96), int64_t{192});
        QCOMPARE(fineTunedResolution(128, provenance, 64), int64_t{128});
        QCOMPARE(fineTunedResolution(64, nlohmann::json::object(), 96), int64_t{96});   // ratio 1 without a crop
        QCOMPARE(fineTunedResolution(128, provenance, 36), int64_t{72});   // 72 exactly
        QCOMPARE(fineTunedResolution(100, provenance, 64), int64_t{104});  // 100, to a multiple of 8
        QCOMPARE(fineTunedResolution(16, trainedAt(16), 2), int64_t{8});   // never below 8
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fineTunedResolution(0, provenance, 64));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fineTunedResolution(128, provenance, 0));
    }

private:
    QTemporaryDir dir_;
};

QTEST_APPLESS_MAIN(TestModelFormat)
#include "tst_modelformat.moc"
