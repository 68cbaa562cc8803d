//! The QR code on each leaflet: the page's address online, in the leaflet's language, as
//! an SVG image that typst draws as vector paths (sharp at any size, small in the PDF).

use std::fmt::Write;

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code: the QR standard asks for four, so phones find it.
const QUIET_ZONE: usize = 4;

/// An SVG of the QR code for `text`. Each row's runs of dark modules are one rectangle:
/// a fraction of the path a rectangle per module would take.
pub fn svg(text: &str) -> Result<String, String> {
    // Level M survives a crease or a smudge (15% of the code) and keeps the code small.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| e.to_string())?;
    let width = code.width();
    let modules = code.to_colors();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (y, row) in modules.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            // Writing to a String cannot fail.
            let _ = write!(path, "M{} {}h{}v1h-{}z", start + QUIET_ZONE, y + QUIET_ZONE, x - start, x - start);
        }
    }
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draws the SVG's rectangles into a bitmap, `scale` pixels a module, as a printer would.
    fn rasterise(svg: &str, scale: usize) -> (usize, Vec<bool>) {
        let size: usize = svg.split("viewBox=\"0 0 ").nth(1).and_then(|s| s.split(' ').next()).unwrap().parse().unwrap();
        let d = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
        let pixels = size * scale;
        let mut bitmap = vec![false; pixels * pixels];
        for run in d.split('z').filter(|r| !r.is_empty()) {
            let numbers: Vec<usize> = run.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).map(|n| n.parse().unwrap()).collect();
            let (x, y, w) = (numbers[0], numbers[1], numbers[2]);
            for py in y * scale..(y + 1) * scale {
                for px in x * scale..(x + w) * scale {
                    bitmap[py * pixels + px] = true;
                }
            }
        }
        (pixels, bitmap)
    }

    #[test]
    fn the_code_reads_back_as_the_address() {
        let url = "https://example.org/local-offer/ur/family-support/new-to-luton/";
        let svg = svg(url).unwrap();
        let (pixels, bitmap) = rasterise(&svg, 4);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| if bitmap[y * pixels + x] { 0 } else { 255 });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, url);
    }

    #[test]
    fn the_svg_is_small_and_only_geometry() {
        let svg = svg("https://example.org/local-offer/en/advice/sendias/").unwrap();
        assert!(svg.len() < 8_000, "{} bytes", svg.len());
        assert!(!svg.contains("example.org"), "the address is in the code, not in the SVG's text");
    }
}
