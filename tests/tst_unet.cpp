// The U-Net's shapes, size and reduced-precision path.

#include "colorized/core/colorizer.h"
#include "colorized/core/processor.h"
#include "colorized/core/unet.h"

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <sstream>

using namespace colorized;

class TestUNet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(0); }

    void parameterCountMatchesTheReferenceNetwork()
    {
        // Counted with ../shared/bench/reference_unet.py (PyTorch) for the same table.
        QCOMPARE(UNet(UNetConfig{})->parameterCount(), int64_t(7361506));
        UNetConfig transposed;
        transposed.upsample = UpsampleKind::Transposed;
        QCOMPARE(UNet(transposed)->parameterCount(), int64_t(7504866));
    }

    void outputShapeForNonSquareInputs_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("transposed");
        QTest::newRow("48x64") << 48 << 64 << false;
        QTest::newRow("64x48") << 64 << 48 << false;
        QTest::newRow("8x40") << 8 << 40 << false;
        QTest::newRow("24x16 transposed") << 24 << 16 << true;
    }

    void outputShapeForNonSquareInputs()
    {
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(bool, transposed);
        UNetConfig config;
        config.baseWidth = 16;
        config.upsample = transposed ? UpsampleKind::Transposed : UpsampleKind::Nearest;
        UNet net(config);
        c10::InferenceMode inference;
        const auto out = net->forward(torch::randn({3, 6, height, width}), torch::tensor({0, 500, 999}));
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{3, 2, height, width}));
        QVERIFY(torch::isfinite(out).all().item<bool>());
    }

    void rejectsSizesTheNetworkCannotHalve()
    {
        UNetConfig config;
        config.baseWidth = 8;
        UNet net(config);
        c10::InferenceMode inference;
        // Three levels halve twice: H and W must be multiples of 4 (the pipeline pads to 8).
        QCOMPARE(config.sizeMultiple(), int64_t(4));
        QVERIFY_THROWS_EXCEPTION(c10::Error, net->forward(torch::randn({1, 6, 18, 16}), torch::tensor({1})));
        QCOMPARE(net->forward(torch::randn({1, 6, 20, 12}), torch::tensor({1})).size(2), int64_t(20));
    }

    void timestepChangesTheOutput()
    {
        UNetConfig config;
        config.baseWidth = 8;
        config.levelMultipliers = {1, 2};
        UNet net(config);
        c10::InferenceMode inference;
        const auto x = torch::randn({1, 6, 16, 16});
        QVERIFY(!torch::allclose(net->forward(x, torch::tensor({10})), net->forward(x, torch::tensor({900}))));
    }

    void attentionVariant()
    {
        UNetConfig config;
        config.baseWidth = 8;
        config.bottleneckAttention = true;
        UNet net(config);
        UNetConfig plain = config;
        plain.bottleneckAttention = false;
        const int64_t c = 8 * 8;   // bottleneck width
        // GroupNorm (2c) + qkv 1x1 (c*3c + 3c) + projection 1x1 (c*c + c).
        QCOMPARE(net->parameterCount() - UNet(plain)->parameterCount(), 2 * c + (3 * c * c + 3 * c) + (c * c + c));
        c10::InferenceMode inference;
        QCOMPARE(net->forward(torch::randn({2, 6, 16, 24}), torch::tensor({1, 2})).sizes().vec(),
                 (std::vector<int64_t>{2, 2, 16, 24}));
    }

    // unetTensorShapes() is what a model file's tensors are checked against before any module
    // is built (issue 13): it must name exactly the tensors UNetImpl registers, in every variant.
    void tensorShapesMatchTheBuiltNetwork_data()
    {
        QTest::addColumn<int>("stem");
        QTest::addColumn<bool>("attention");
        QTest::addColumn<bool>("transposed");
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("blocks");
        QTest::addColumn<int>("bottleneck");
        QTest::newRow("seed") << 1 << false << true << 3 << 2 << 2;
        QTest::newRow("shipped: stem 2, attention") << 2 << true << false << 3 << 2 << 2;
        QTest::newRow("one level, no bottleneck") << 1 << false << false << 1 << 1 << 0;
        QTest::newRow("deep, stem 4") << 4 << true << true << 4 << 3 << 1;
    }

    void tensorShapesMatchTheBuiltNetwork()
    {
        QFETCH(int, stem);
        QFETCH(bool, attention);
        QFETCH(bool, transposed);
        QFETCH(int, levels);
        QFETCH(int, blocks);
        QFETCH(int, bottleneck);
        UNetConfig config;
        config.baseWidth = 8;
        config.groups = 4;
        config.levelMultipliers.clear();
        for (int level = 0; level < levels; ++level)
            config.levelMultipliers.push_back(level + 1);
        config.blocksPerLevel = blocks;
        config.bottleneckBlocks = bottleneck;
        config.stem = stem;
        config.bottleneckAttention = attention;
        config.upsample = transposed ? UpsampleKind::Transposed : UpsampleKind::Nearest;
        UNet net(config);
        TensorShapes built;
        for (const auto& item : net->named_parameters())
            built[item.key()] = item.value().sizes().vec();
        for (const auto& item : net->named_buffers())
            built[item.key()] = item.value().sizes().vec();
        const TensorShapes expected = unetTensorShapes(config);
        for (const auto& [name, shape] : built) {
            const auto found = expected.find(name);
            QVERIFY2(found != expected.end(), name.c_str());
            QVERIFY2(found->second == shape, name.c_str());
        }
        QCOMPARE(expected.size(), built.size());
        QCOMPARE(elementCount(expected), net->parameterCount());
    }

    // The constructor checks the limits itself (train --width reaches it without a file).
    void constructorRefusesConfigurationsOutsideTheLimits()
    {
        UNetConfig config;
        config.levelMultipliers.clear();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, UNet{config});
        config = UNetConfig{};
        config.baseWidth = 1000000;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, UNet{config});
    }

    void configJsonRoundTrip()
    {
        UNetConfig config;
        config.baseWidth = 24;
        config.levelMultipliers = {1, 2, 4, 4};
        config.upsample = UpsampleKind::Transposed;
        config.bottleneckAttention = true;
        const auto back = unetConfigFromJson(toJson(config));
        QCOMPARE(toJson(back), toJson(config));
        QCOMPARE(back.sizeMultiple(), int64_t(8));
        auto broken = toJson(config);
        broken.erase("base_width");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, unetConfigFromJson(broken));
    }

    // The tolerance holds where bf16 is native (0.013 with AVX-512 BF16). Where LibTorch emulates
    // it (0.124 on a Zen 3 EPYC, and 8 times slower) the application never runs bf16: that
    // refusal is what is checked there, and the guard's restore is checked everywhere.
    void bf16AutocastStaysCloseToFloat32()
    {
        const ProcessorInfo& processor = currentProcessor();
        std::ostringstream warnings;
        const bool allowed = resolveBf16(true, processor, warnings);
        QCOMPARE(allowed, processor.nativeBf16());
        QCOMPARE(warnings.str().empty(), allowed);

        UNet net(UNetConfig{});
        net->eval();
        c10::InferenceMode inference;
        const auto x = torch::randn({2, 6, 32, 48});
        const auto t = torch::tensor({100, 700});
        const auto reference = net->forward(x, t);
        torch::Tensor reduced;
        {
            const CpuAutocast autocast(true);
            reduced = net->forward(x, t).to(torch::kFloat);
        }
        QVERIFY(!at::autocast::is_cpu_enabled());   // the guard restored the thread's state
        const double relative = ((reduced - reference).norm() / reference.norm()).item<double>();
        QVERIFY2(std::isfinite(relative), qPrintable(QString("relative error %1").arg(relative)));
        if (!allowed) {
            qInfo("%s has no native bf16: tolerance not checked (relative error %.3f), bf16 refused: %s",
                  processor.modelName.c_str(), relative, warnings.str().c_str());
            return;
        }
        QVERIFY2(relative < 0.03, qPrintable(QString("relative error %1").arg(relative)));
    }
};

QTEST_APPLESS_MAIN(TestUNet)
#include "tst_unet.moc"
