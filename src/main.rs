fn main() {
    versus::start();
}
