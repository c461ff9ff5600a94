"""Conan 2 recipe for kpss (conan create . --build=missing)."""
from conan import ConanFile
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy


class KpssConan(ConanFile):
    name = "kpss"
    version = "0.1.0"
    license = "Apache-2.0"
    description = ("Community planning of social services (komunitní plánování sociálních "
                   "služeb). C++20 library with a stable C ABI.")
    topics = ("social-services", "participatory-budgeting", "voting", "planning")
    settings = "os", "compiler", "build_type", "arch"
    # `shared` decides the C API library (kpss_c); the C++ API (kpss) is always static,
    # because it is source-stable only.
    options = {"shared": [True, False], "fPIC": [True, False]}
    default_options = {"shared": False, "fPIC": True}
    exports_sources = ("CMakeLists.txt", "cmake/*", "include/*", "src/*", "capi/*", "LICENSE")

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        self.requires("boost/1.83.0")
        self.requires("ms-gsl/4.0.0", transitive_headers=True)
        self.requires("nlohmann_json/3.11.3")

    def generate(self):
        tc = CMakeToolchain(self)
        tc.cache_variables["KPSS_BUILD_TESTS"] = False
        tc.cache_variables["KPSS_BUILD_BENCHMARKS"] = False
        tc.cache_variables["KPSS_BUILD_PYTHON"] = False
        tc.cache_variables["KPSS_BUILD_TOOLS"] = False
        tc.cache_variables["KPSS_INSTALL"] = True
        tc.cache_variables["KPSS_C_SHARED"] = bool(self.options.shared)
        tc.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        copy(self, "LICENSE", self.source_folder, f"{self.package_folder}/licenses")
        CMake(self).install()

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "kpss")
        self.cpp_info.set_property("pkg_config_name", "kpss")

        cxx = self.cpp_info.components["kpss"]
        cxx.set_property("cmake_target_name", "kpss::kpss")
        cxx.libs = ["kpss"]
        cxx.requires = ["ms-gsl::ms-gsl", "boost::serialization"]
        if self.settings.os in ("Linux", "FreeBSD"):
            cxx.system_libs = ["pthread"]

        c_api = self.cpp_info.components["kpss_c"]
        c_api.set_property("cmake_target_name", "kpss::kpss_c")
        c_api.libs = ["kpss_c"]
        c_api.requires = ["kpss"]
        if not self.options.shared:
            c_api.defines = ["KPSS_STATIC_DEFINE"]
