// The `_concord` extension module: the exceptions and the registration of
// every bound function. The Python package `concord` (concord/__init__.py)
// wraps these functions with keyword arguments, docstrings and dicts.
#include <pybind11/pybind11.h>

#include <string>

#include "python/binding.h"

namespace concord::python {

std::string BytesOf(const pybind11::handle& object, const char* what) {
  if (pybind11::isinstance<pybind11::bytes>(object)) {
    return object.cast<std::string>();
  }
  if (pybind11::isinstance<pybind11::str>(object)) {
    return object.cast<std::string>();  // UTF-8
  }
  throw pybind11::type_error(std::string(what) + " must be str or bytes");
}

}  // namespace concord::python

PYBIND11_MODULE(_concord, m) {
  m.doc() = "concord's C++ engine; use the `concord` package, not this module.";
  pybind11::register_exception<concord::python::InputError>(m, "Error", PyExc_Exception);
  concord::python::RegisterStories(m);
  concord::python::RegisterTexts(m);
  concord::python::RegisterDigest(m);
}
