// What the files of the `_concord` extension share (python/, docs/python.md):
// the exception types that become Python exceptions, and one Register
// function per file.
//
// Input errors (a bad article, a page that cannot be read) are thrown as
// InputError and reach Python as concord.Error; bad options are thrown as
// pybind11::value_error (ValueError). Messages are the CLI's, without the
// "concord <command>: " prefix.
//
// Thread safety: every bound function releases the GIL while concord runs.
#ifndef CONCORD_PYTHON_BINDING_H_
#define CONCORD_PYTHON_BINDING_H_

#include <pybind11/pybind11.h>

#include <stdexcept>
#include <string>

namespace concord::python {

// An input error: raised in Python as concord.Error.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The bytes of a Python str (UTF-8) or bytes object.
std::string BytesOf(const pybind11::handle& object, const char* what);

void RegisterStories(pybind11::module_& m);  // stories.cc
void RegisterTexts(pybind11::module_& m);    // texts.cc
void RegisterDigest(pybind11::module_& m);   // digest.cc

}  // namespace concord::python

#endif  // CONCORD_PYTHON_BINDING_H_
