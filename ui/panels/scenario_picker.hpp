#pragma once
// The toolbar's choice of built-in scenario: each entry is the scenario's translated
// title, with its id (what --scenario takes) drawn small and grey beside it.
#include <QComboBox>

#include <string>

namespace tcpviz {

class ScenarioPicker : public QComboBox {
    Q_OBJECT
public:
    explicit ScenarioPicker(QWidget* parent = nullptr);
    // Shows the entry of that built-in scenario, or nothing chosen for any other.
    void show_scenario(const std::string& name);
    std::string name_at(int index) const;

signals:
    void chosen(const std::string& name);
};

} // namespace tcpviz
