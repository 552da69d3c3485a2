#pragma once
// Measures how long the thread it lives in (the GUI thread) stops processing events: a 5 ms
// timer records the largest gap between two ticks beyond its interval. GUI thread only.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace colorized::jobs {

class StallProbe : public QObject {
    Q_OBJECT
public:
    explicit StallProbe(QObject* parent = nullptr);
    void start();
    void stop();
    void reset();
    bool isRunning() const { return timer_.isActive(); }
    double longestStallMs() const { return longestMs_; }  // largest tick gap minus the interval
    double longestGapMs() const { return longestGapMs_; }  // largest raw tick gap
    int ticks() const { return ticks_; }

private:
    void tick();

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 lastNs_ = -1;
    double longestMs_ = 0;
    double longestGapMs_ = 0;
    int ticks_ = 0;
    static constexpr int kIntervalMs = 5;
};

}  // namespace colorized::jobs
