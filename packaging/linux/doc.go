// Package linux holds the test of what packaging/linux/build.sh and
// packaging/deb/build.sh make: the desktop bundle, the .deb and install.sh.
package linux
