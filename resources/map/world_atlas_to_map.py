#!/usr/bin/env python3
"""Converts the countries of world-atlas (npm world-atlas 2.0.2, Natural Earth's public-domain
1:50m outlines as TopoJSON, ISC licence) into world.bin, the outlines the console's map paints.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 world_atlas_to_map.py package/countries-50m.json world.bin

world.bin, big-endian: b"SDWM", uint32 version (1), uint32 rings; each ring: uint32 points, then
each point as int16 longitude and int16 latitude in hundredths of a degree. Consecutive points
that round to the same place are dropped."""
import json
import struct
import sys


def arcs_of(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def main(source, target):
    topology = json.load(open(source))
    arcs = arcs_of(topology)
    rings = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry["type"], [])
        for polygon in polygons:
            for indexes in polygon:
                quantized = []
                for lon, lat in ring(arcs, indexes):
                    point = (round(lon * 100), round(lat * 100))
                    if not quantized or quantized[-1] != point:
                        quantized.append(point)
                if len(quantized) >= 3:
                    rings.append(quantized)
    with open(target, "wb") as out:
        out.write(b"SDWM" + struct.pack(">II", 1, len(rings)))
        for points in rings:
            out.write(struct.pack(">I", len(points)))
            for lon, lat in points:
                out.write(struct.pack(">hh", lon, lat))
    print(f"{len(rings)} rings, {sum(len(r) for r in rings)} points")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
