#!/usr/bin/env python3
"""Converts the countries of world-atlas (npm world-atlas 2.0.2, Natural Earth's public-domain
1:50m outlines as TopoJSON, ISC licence) into world.bin, the outlines the console's map paints.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 world_atlas_to_map.py package/countries-50m.json world.bin

world.bin, big-endian: b"SDWM", uint32 version (1), uint32 rings; each ring: uint32 points, then
each point as int32 longitude and int32 latitude in hundredths of a degree. Consecutive points
that round to the same place are dropped. A ring that crosses the antimeridian (Chukotka, Fiji)
is made continuous, reaching past ±180°, and written twice, the second a turn of the world away:
the map clips both to the world, so each shows its part. A ring round a pole stays as it is."""
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


def continuous(points):
    """The ring without jumps of more than half the world between neighbours."""
    result = [points[0]]
    for lon, lat in points[1:]:
        previous = result[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        result.append((lon, lat))
    return result


def main(source, target):
    topology = json.load(open(source))
    arcs = arcs_of(topology)
    rings = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry["type"], [])
        for polygon in polygons:
            for indexes in polygon:
                points = continuous(ring(arcs, indexes))
                west = min(lon for lon, _ in points)
                east = max(lon for lon, _ in points)
                if east - west >= 359:  # round a pole (Antarctica): as it was, along ±180° and the pole
                    points, west, east = ring(arcs, indexes), -180, 180
                copies = [0]
                if east > 180:
                    copies.append(-360)
                if west < -180:
                    copies.append(360)
                for shift in copies:
                    quantized = []
                    for lon, lat in points:
                        point = (round((lon + shift) * 100), round(lat * 100))
                        if not quantized or quantized[-1] != point:
                            quantized.append(point)
                    if len(quantized) >= 3:
                        rings.append(quantized)
    with open(target, "wb") as out:
        out.write(b"SDWM" + struct.pack(">II", 1, len(rings)))
        for points in rings:
            out.write(struct.pack(">I", len(points)))
            for lon, lat in points:
                out.write(struct.pack(">ii", lon, lat))
    print(f"{len(rings)} rings, {sum(len(r) for r in rings)} points")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
