#pragma once
// Edits the running scenario's options; applying resets the run with them.
#include "scenario/scenario.hpp"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QDoubleSpinBox;

namespace tcpviz {

class OptionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit OptionsPanel(QWidget* parent = nullptr);
    void show_options(const ScenarioOptions& options);
    ScenarioOptions options() const;

signals:
    void apply_requested(const tcpviz::ScenarioOptions& options);

private:
    ScenarioOptions base_;
    QComboBox* isn_;
    QComboBox* profile_;
    QComboBox* cookies_;
    QDoubleSpinBox* latency_;
    QSpinBox* backlog_;
    QSpinBox* seed_;
};

} // namespace tcpviz
