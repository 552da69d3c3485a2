// Model files: round trip, metadata, and clean rejection of damaged files.

#include "colorized/core/modelfile.h"
#include "colorized/core/safetensors.h"
#include "colorized/core/unet.h"

#include "tinymodel.h"

#include <torch/torch.h>

#include <QCryptographicHash>
#include <QtTest>

#include <fstream>

using namespace colorized;

namespace {

UNetConfig tinyConfig()
{
    return testsupport::tinyUNetConfig();
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), std::streamsize(bytes.size()));
}

std::string headerOf(const std::string& bytes)
{
    uint64_t length = 0;
    for (int i = 0; i < 8; ++i)
        length |= uint64_t(uint8_t(bytes[i])) << (8 * i);
    return bytes.substr(8, length);
}

std::string withHeader(const std::string& bytes, const std::string& header)
{
    const std::string oldHeader = headerOf(bytes);
    std::string out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = char((uint64_t(header.size()) >> (8 * i)) & 0xff);
    return out + header + bytes.substr(8 + oldHeader.size());
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        torch::manual_seed(1);
        ModelInfo info;
        info.name = "tiny";
        info.description = "test model";
        info.network = unetSpec(tinyConfig());
        info.schedule.timesteps = 100;
        info.resolution = 32;
        info.provenance = {{"data", "generated"}, {"steps", 3}};
        UNet net(tinyConfig());
        saveModel(path("tiny.safetensors"), *net, info);
        net_ = net;
    }

    void modelRoundTrip()
    {
        auto loaded = loadModel(path("tiny.safetensors"));
        QCOMPARE(loaded.info.name, std::string("tiny"));
        QCOMPARE(loaded.info.description, std::string("test model"));
        QCOMPARE(loaded.info.network, unetSpec(tinyConfig()));
        QCOMPARE(loaded.info.schedule.timesteps, int64_t(100));
        QCOMPARE(loaded.info.resolution, int64_t(32));
        QCOMPARE(loaded.info.provenance["data"].get<std::string>(), std::string("generated"));
        QVERIFY(!loaded.net->is_training());
        c10::InferenceMode inference;
        const auto x = torch::randn({1, 6, 16, 16});
        const auto t = torch::tensor({5});
        net_->eval();
        QVERIFY(torch::equal(loaded.net->forward(x, t), net_->forward(x, t)));
        QCOMPARE(readModelInfo(path("tiny.safetensors")).name, std::string("tiny"));
    }

    void halfPrecisionRoundTrip()
    {
        ModelInfo info = loadModel(path("tiny.safetensors")).info;
        saveModel(path("half.safetensors"), *net_, info, WeightPrecision::Float16);
        const auto header = headerOf(readBytes(path("half.safetensors")));
        QVERIFY(header.find("\"F16\"") != std::string::npos);
        QVERIFY(header.find("\"F32\"") == std::string::npos);
        const auto loaded = loadModel(path("half.safetensors"));
        for (const auto& item : net_->named_parameters())
            QVERIFY(torch::allclose(loaded.net->named_parameters()[item.key()], item.value(), 1e-3, 1e-3));
    }

    void sha256OfKnownFiles()
    {
        // FIPS 180-4 examples, and one message longer than the 1 MiB read block.
        const std::pair<std::string, std::string> cases[] = {
            {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
            {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
            {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
            {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
        };
        for (const auto& [bytes, digest] : cases) {
            writeBytes(path("hashed.bin"), bytes);
            QCOMPARE(sha256OfFile(path("hashed.bin")), digest);
        }
        const std::string longer(3 * 1024 * 1024 + 5, 'x');
        writeBytes(path("long.bin"), longer);
        QCOMPARE(QString::fromStdString(sha256OfFile(path("long.bin"))),
                 QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(longer),
                                                              QCryptographicHash::Sha256).toHex()));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, sha256OfFile(path("missing.bin")));
    }

        void rawTensorsOfEveryType()
    {
        SafetensorsContent content;
        content.tensors["f32"] = torch::randn({2, 3});
        content.tensors["u8"] = torch::randint(0, 255, {4}, torch::kByte);
        content.tensors["i64"] = torch::tensor({-5, 7}, torch::kLong);
        content.tensors["bf16"] = torch::randn({3}).to(torch::kBFloat16);
        content.tensors["scalar"] = torch::tensor(3.5, torch::kDouble);
        content.metadata["note"] = "hello";
        writeSafetensors(path("raw.safetensors"), content);
        const auto back = readSafetensors(path("raw.safetensors"));
        QCOMPARE(back.metadata.at("note"), std::string("hello"));
        QCOMPARE(back.tensors.size(), content.tensors.size());
        for (const auto& [name, tensor] : content.tensors)
            QVERIFY2(torch::equal(back.tensors.at(name), tensor), name.c_str());
        // The data region starts 8-byte aligned, as the reference writer does.
        QCOMPARE(headerOf(readBytes(path("raw.safetensors"))).size() % 8, size_t(0));
    }

    void rejectsDamagedFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("empty") << "empty";
        QTest::newRow("too short") << "short";
        QTest::newRow("truncated data") << "truncate";
        QTest::newRow("huge header length") << "length";
        QTest::newRow("header not json") << "json";
        QTest::newRow("offsets out of range") << "offsets";
        QTest::newRow("missing tensor") << "missing";
        QTest::newRow("not a colorized model") << "foreign";
        QTest::newRow("wrong shape") << "shape";
    }

    void rejectsDamagedFiles()
    {
        QFETCH(QString, damage);
        const std::string good = readBytes(path("tiny.safetensors"));
        std::string header = headerOf(good);
        std::string bad;
        if (damage == "empty")
            bad.clear();
        else if (damage == "short")
            bad = good.substr(0, 5);
        else if (damage == "truncate")
            bad = good.substr(0, good.size() - 100);
        else if (damage == "length")
            bad = std::string("\xff\xff\xff\xff\xff\x00\x00\x00", 8) + good.substr(8);
        else if (damage == "json")
            bad = withHeader(good, "{not json" + std::string(header.size() - 9, ' '));
        else if (damage == "offsets") {
            const auto at = header.find("\"data_offsets\":[");
            header.replace(at, 16, "\"data_offsets\":[9");
            bad = withHeader(good, header);
        } else if (damage == "missing") {
            const auto at = header.find("output.weight");
            header.replace(at, 13, "output.wrongs");
            bad = withHeader(good, header);
        } else if (damage == "foreign") {
            const auto at = header.find("colorized.format");
            header.replace(at, 16, "something.format");
            bad = withHeader(good, header);
        } else if (damage == "shape") {
            // A checkpoint that claims a wider first conv: shape and size both disagree.
            const auto at = header.find("\"input.weight\"");
            QVERIFY(at != std::string::npos);
            const auto shape = header.find("\"shape\":[8,6,3,3]", at);
            QVERIFY(shape != std::string::npos);
            header.replace(shape, 17, "\"shape\":[6,8,3,3]");
            bad = withHeader(good, header);
        }
        writeBytes(path("bad.safetensors"), bad);
        try {
            loadModel(path("bad.safetensors"));
            QFAIL("a damaged file was accepted");
        } catch (const std::runtime_error& error) {
            QVERIFY(std::string(error.what()).find("bad.safetensors") != std::string::npos);
        }
    }

    void missingFile()
    {
        QVERIFY_THROWS_EXCEPTION(SafetensorsError, readSafetensors(path("nothing-here.safetensors")));
    }

private:
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }
    QTemporaryDir dir_;
    UNet net_{nullptr};
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
